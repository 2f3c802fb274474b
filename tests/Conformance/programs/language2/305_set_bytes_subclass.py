# set, frozenset and bytes subclasses: reprs with the class name, operators returning plain types.

class Tags(set):
    def __init__(self, items=()):
        super().__init__(x.lower() for x in items)

    def add(self, item):
        super().add(item.lower())

    def describe(self):
        return ",".join(sorted(self))


t = Tags(["A", "b"])
t.add("C")
print(t.describe(), len(t), "a" in t, "A" in t, isinstance(t, set), type(t).__name__)
print(sorted(t | {"z"}), type(t | {"z"}).__name__, sorted(t & {"a", "q"}), sorted(t - {"a"}))
print(t == {"a", "b", "c"}, t <= {"a", "b", "c", "d"}, t > {"a"})
t.discard("b")
print(t.describe(), sorted(t), repr(Tags()), bool(Tags()))
t.owner = "me"
print(t.owner, vars(t))


class Ids(frozenset):
    def __new__(cls, *ids):
        return super().__new__(cls, ids)

    def __repr__(self):
        return "Ids" + repr(sorted(self))


ids = Ids(3, 1, 2)
print(ids, len(ids), 2 in ids, type(ids).__name__, hash(ids) == hash(frozenset({1, 2, 3})))
print({ids: "x"}[frozenset([1, 2, 3])], sorted(ids | {9}), type(ids | {9}).__name__)


class Plain(frozenset):
    pass


print(Plain([1]), Plain(), sorted(Plain([5, 4])))


class Blob(bytes):
    def hexdump(self):
        return " ".join(f"{b:02x}" for b in self)


bl = Blob(b"\x00\x10AB")
print(bl, len(bl), bl.hexdump(), bl[2], bl[1:], type(bl[1:]).__name__, bl == b"\x00\x10AB")
print(bl.decode("latin-1") == "\x00\x10AB", isinstance(bl, bytes), list(bl), bytes(bl), type(bytes(bl)).__name__)
print(Blob(3), Blob([65, 66]).hexdump(), bl + b"!", b"x" in Blob(b"xyz"))
