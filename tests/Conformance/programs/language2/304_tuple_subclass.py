# tuple subclasses: __new__ with named fields, __slots__ = (), properties, hashing, unpacking.

class Vec(tuple):
    __slots__ = ()

    def __new__(cls, *coords):
        return super().__new__(cls, coords)

    @property
    def x(self):
        return self[0]

    @property
    def y(self):
        return self[1]

    def __add__(self, other):
        return Vec(*(a + b for a, b in zip(self, other)))

    def __mul__(self, k):
        return Vec(*(a * k for a in self))

    def __repr__(self):
        return "Vec" + super().__repr__()

    def norm2(self):
        return sum(a * a for a in self)


v = Vec(1, 2)
w = Vec(3, -1)
print(v, w, v + w, v * 3, (v + w).norm2(), v.x, w.y)
print(len(v), v[0], v[-1], v[::-1], type(v[::-1]).__name__, list(v), tuple(v), type(tuple(v)).__name__)
x, y = v + w
print("unpacked:", x, y)
print(v == (1, 2), v != (1, 3), v < w, sorted([w, v, Vec(0, 9)]), max([v, w]))
print(hash(v) == hash((1, 2)), {v: "v"}[(1, 2)], v in {(1, 2)}, (1, 2) in {v: 0})
print(isinstance(v, tuple), type(v).__name__, v.count(1), v.index(2))
try:
    v.z = 5
except AttributeError as e:
    print("AttributeError:", e)
print("plain +:", (0,) + v, type((0,) + v).__name__)


class Pair(tuple):
    def __new__(cls, first, second):
        return super().__new__(cls, (first, second))

    def __init__(self, first, second):
        self.label = f"{first}-{second}"

    def swap(self):
        return Pair(self[1], self[0])


p = Pair("a", "b")
print(p, p.label, p.swap(), p.swap().label, vars(p))
print(dict([p, p.swap()]), "-".join(p), [*p, *p.swap()])


class Row(tuple):
    fields = ("id", "name", "score")

    def as_dict(self):
        return dict(zip(self.fields, self))


rows = [Row(r) for r in [(1, "ann", 90), (2, "bob", 72), (3, "cy", 85)]]
for r in sorted(rows, key=lambda r: -r[2]):
    print(r, r.as_dict())
print(Row(), len(Row()), Row("ab"), Row(range(3)))
