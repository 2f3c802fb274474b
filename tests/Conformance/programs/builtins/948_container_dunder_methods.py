# The container protocol's dunder methods as attributes of the builtin containers: hasattr(x, "__iter__") is the
# everyday test for "iterable", and x.__len__(), x.__contains__(v), x.__getitem__(i) call the container's own slot.
import collections

objs = [("list", [3, 1, 2]), ("tuple", (3, 1, 2)), ("dict", {"a": 1, "b": 2}), ("set", {1, 2}),
        ("frozenset", frozenset({1})), ("str", "abc"), ("bytes", b"ab"), ("range", range(2, 9, 3)),
        ("dict_keys", {"a": 1}.keys()), ("dict_values", {"a": 1}.values()), ("dict_items", {"a": 1}.items()),
        ("deque", collections.deque([4, 5, 6])), ("bytearray", bytearray(b"xyz")), ("int", 5), ("float", 1.5),
        ("None", None), ("iterator", iter([1]))]
for label, o in objs:
    print(f"{label:12}", " ".join(f"{n}={int(hasattr(o, n))}" for n in ("__iter__", "__len__", "__contains__", "__getitem__")))

r = range(2, 9, 3)
print(list(r.__iter__()), r.__len__(), r.__contains__(5), r.__contains__(6), r.__getitem__(1), r.__getitem__(-1), list(r.__getitem__(slice(1, None))))
d = {"a": 1, "b": 2}
print(sorted(d.keys().__iter__()), d.keys().__len__(), d.keys().__contains__("a"), d.items().__contains__(("b", 2)), d.items().__contains__(("b", 3)))
print(sorted(d.values().__iter__()), d.values().__len__())
q = collections.deque([4, 5, 6])
print(list(q.__iter__()), q.__len__(), q.__contains__(5), q.__getitem__(0), q.__getitem__(-1))
ba = bytearray(b"xyz")
print(list(ba.__iter__()), ba.__len__(), ba.__contains__(121), ba.__contains__(b"yz"), ba.__getitem__(0), ba.__getitem__(slice(1, 3)))
for call in (lambda: r.__getitem__(10), lambda: q.__getitem__(7), lambda: ba.__getitem__(3), lambda: r.__len__(1),
             lambda: range.__len__([1]), lambda: r.__contains__()):
    try:
        call()
    except (IndexError, TypeError) as e:
        print(type(e).__name__)


def is_iterable(x):
    return hasattr(x, "__iter__")


print([label for label, o in objs if is_iterable(o)])
print([label for label, o in objs if hasattr(o, "__len__") and len(o) > 1])
