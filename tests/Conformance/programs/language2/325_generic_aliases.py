# Generic aliases: list[int] and friends in annotations, reprs, calls, comparisons and class bases.
import collections

x: list[int] = [1]


def f(a: dict[str, int]) -> list[int]:
    return [a]


print(f({}), x, __annotations__)
print(list[int], dict[str, list[int]], tuple[int, ...], tuple[()], type[int], frozenset[str], set[bytes])
print(collections.deque[int], collections.defaultdict[str, int], collections.OrderedDict[str, int], collections.Counter[str])
print(ExceptionGroup[int], BaseExceptionGroup[ValueError], enumerate[str])
alias = list[int]
print(type(alias).__name__, type(alias).__module__, alias.__origin__, alias.__args__, alias.__parameters__)
print(alias([3, 1, 2]), dict[str, int](a=1), tuple[int, ...]((1, 2)))
print(alias == list[int], alias == list[str], alias == list, hash(alias) == hash(list[int]))
print(alias.append is list.append, alias.__name__)
for check in (lambda: isinstance([], list[int]), lambda: issubclass(list, list[int]), lambda: list[int][str], lambda: int[3]):
    try:
        check()
    except TypeError as e:
        print("TypeError:", e)


class MyList(list[int]):
    pass


print(MyList.__bases__, MyList([1, 2]), MyList[str])


class Box:
    def __init__(self, item=None):
        self.item = item

    def __class_getitem__(cls, item):
        return f"{cls.__name__} of {item!r}"


print(Box[int], Box[1, 2])


class Pair(list):
    pass


p = Pair[int]([1, 2])
print(type(p).__name__, p)
print(repr(dict[str, "Node"]), list[list[int]], dict[int, ...])
print(list.__class_getitem__(int), dict.__class_getitem__((str, int)))
