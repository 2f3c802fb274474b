# PEP 604 unions (int | None: types.UnionType), subscripted collections.abc classes, and __mro_entries__ in a
# class statement's bases (with __orig_bases__), as CPython 3.12 has them.
import collections
import collections.abc as cabc

IntOrNone = int | None
print(IntOrNone, type(IntOrNone), type(IntOrNone).__name__, type(IntOrNone).__module__)
print(IntOrNone.__args__, IntOrNone.__parameters__)
print(None | int, type(None) | int, list[int] | None, dict[str, list[int]] | tuple[int, ...] | None)
print((int | str) | float, int | (str | float), int | int, int | bool | int, (int | str) | (str | int))
print(list[int] | list[int], list[int] | list[str])


class Point:
    pass


print(Point | None, cabc.Iterable[int] | None, collections.deque[int] | Point)
print((int | str) == (str | int), (int | str) == (int | float), (int | None) == (None | int), (int | str) != (str | int))
print(hash(int | str) == hash(str | int), len({int | str, str | int, int | None}))
print(isinstance(3, int | str), isinstance("a", int | str), isinstance(2.5, int | str), isinstance(None, int | None))
print(issubclass(bool, int | None), issubclass(float, int | str), isinstance(True, (float, int | None)))
print(isinstance(1, int | list[int]))
for bad in [lambda: isinstance([], int | list[int]), lambda: issubclass(list, str | list[int])]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
for bad in [lambda: int | "str", lambda: None | None, lambda: 3 | int, lambda: (int | str)(), lambda: int | 3]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)
t = int
t |= str
print(t)


def annotated(x: int | None = None, *, names: list[str] | None = None) -> dict[str, int] | None:
    return None


print(annotated.__annotations__)

# collections.abc classes subscripted: a types.GenericAlias of the ABC
for alias in [cabc.Iterable[int], cabc.Mapping[str, int], cabc.Sequence[tuple[int, str]], cabc.Generator[int, None, None],
              cabc.MutableMapping[str, list[int]], cabc.Awaitable[int], cabc.AsyncIterator[bytes], cabc.Set[int],
              cabc.Collection[str], cabc.Container[int], cabc.Reversible[int], cabc.KeysView[str], cabc.ItemsView[str, int]]:
    print(alias, type(alias).__name__, alias.__origin__ is getattr(cabc, alias.__origin__.__name__), alias.__args__)
for name in ["Hashable", "Sized"]:
    try:
        getattr(cabc, name)[int]
    except TypeError as e:
        print("TypeError:", e)


class Bag(cabc.Sized):
    def __len__(self):
        return 2


class Numbers(cabc.Sequence[int]):
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * i


nums = Numbers(4)
print(Numbers.__bases__, Numbers.__orig_bases__, list(nums), nums.index(9), 4 in nums, isinstance(nums, cabc.Sequence))
print("__orig_bases__" in Bag.__dict__, len(Bag()))


class Ints(list[int]):
    pass


print(Ints.__bases__, Ints.__orig_bases__, Ints([1, 2]) + [3])


# __mro_entries__ of an object of one's own
class Mixin:
    def hello(self):
        return "hello from " + type(self).__name__


class Entry:
    def __init__(self, *classes):
        self.classes = classes

    def __mro_entries__(self, bases):
        print("mro_entries of", len(bases), "bases")
        return self.classes


class Made(Entry(Mixin), Entry(), object if False else Entry(dict)):
    pass


print(Made.__bases__, [type(b).__name__ for b in Made.__orig_bases__], Made().hello(), Made(a=1))


class BadEntry:
    def __mro_entries__(self, bases):
        return [object]


try:
    class Broken(BadEntry()):
        pass
except TypeError as e:
    print("TypeError:", e)
