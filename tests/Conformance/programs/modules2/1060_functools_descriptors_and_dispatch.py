# functools' descriptors and generic functions: cached_property, partialmethod, singledispatch (classes, ABCs,
# annotations, unions, the registry and cache), singledispatchmethod, and the constants of update_wrapper.
import functools
from functools import cached_property, partialmethod, singledispatch, singledispatchmethod, partial
from collections.abc import Sequence, Mapping, Iterable
import abc
import re


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", re.sub("0x[0-9a-f]+", "0x...", str(e)))


print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
print(sorted(functools.__all__))


class Data:
    calls = 0

    def __init__(self, values):
        self.values = values

    @cached_property
    def total(self):
        """The sum, computed once."""
        Data.calls += 1
        return sum(self.values)


d = Data([1, 2, 3])
print(d.total, d.total, Data.calls, d.__dict__)
d.total = 100
print(d.total, Data.calls)
del d.total
print(d.total, Data.calls)
print(type(Data.total).__name__, Data.total.__doc__, Data.total.attrname, Data.total.__module__)
e = Data([5])
print(e.total, Data.calls, vars(e))


class Slotted:
    __slots__ = ("x",)

    @cached_property
    def twice(self):
        return 2


attempt("slots", lambda: Slotted().twice)


def orphan_fn(self):
    return 1


orphan = cached_property(orphan_fn)
attempt("no set_name", lambda: orphan.__get__(Data([]), Data))


def two_names():
    prop = cached_property(lambda self: 1)

    class Twice:
        a = prop
        b = prop


attempt("two names", two_names)


class Cell:
    def __init__(self):
        self._alive = False

    def set_state(self, state, *, loud=False):
        self._alive = bool(state)
        return ("set", state, loud)

    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False, loud=True)

    @classmethod
    def make(cls, a, b):
        return (cls.__name__, a, b)

    make_one = partialmethod(make, 1)


c = Cell()
print(c.set_alive(), c._alive, c.set_dead(), c._alive, c.set_alive(loud=True))
print(Cell.make_one(2), c.make_one(3))
print(repr(Cell.__dict__["set_dead"]).startswith("functools.partialmethod(<function Cell.set_state at "))
print(repr(Cell.__dict__["set_dead"]).endswith(">, False, loud=True)"))
attempt("not callable", lambda: partialmethod(5))
pm = partialmethod(partialmethod(Cell.set_state, 7), loud=1)
print(pm.args, pm.keywords, pm.func is Cell.set_state)


@singledispatch
def describe(x):
    return "object " + type(x).__name__


@describe.register
def _(x: int):
    return "int %d" % x


@describe.register(float)
def _(x):
    return "float %.1f" % x


@describe.register(Sequence)
def _(x):
    return "sequence of %d" % len(x)


@describe.register(Mapping)
def _(x):
    return "mapping of %d" % len(x)


@describe.register(list)
def _(x):
    return "list " + repr(x)


def describe_bool(x):
    return "bool " + str(x)


describe.register(bool, describe_bool)

for value in (1, 2.5, True, "ab", (1, 2, 3), [4], {"a": 1}, None, b"xy", range(3), {1}):
    print(repr(value), "->", describe(value))

print(describe.dispatch(int).__name__, describe.dispatch(dict).__name__, describe.dispatch(object) is describe.__wrapped__)
print(sorted(t.__name__ for t in describe.registry), len(describe.registry), object in describe.registry)
print(type(describe.registry).__name__, describe.__name__, describe.__wrapped__.__name__)
attempt("registry set", lambda: setattr(describe.registry, "x", 1))
attempt("no args", lambda: describe())
attempt("bad register", lambda: describe.register(5, lambda x: x))
attempt("no annotation", lambda: describe.register(lambda x: x))


def not_a_class(x: 5):
    return x


attempt("bad annotation", lambda: describe.register(not_a_class))


@singledispatch
def kind(x):
    return "other"


@kind.register
def _(x: int | str):
    return "int or str"


print(kind(1), kind("a"), kind(1.5))


class Shape(abc.ABC):
    pass


class Square:
    pass


@singledispatch
def area(x):
    return "unknown"


@area.register(Shape)
def _(x):
    return "a shape"


print(area(Square()))
Shape.register(Square)
print(area(Square()))


class Sized1(abc.ABC):
    pass


class Sized2(abc.ABC):
    pass


class Both:
    pass


Sized1.register(Both)
Sized2.register(Both)


@singledispatch
def amb(x):
    return "base"


amb.register(Sized1, lambda x: "s1")
amb.register(Sized2, lambda x: "s2")
attempt("ambiguous", lambda: amb(Both()))


class Formatter:
    @singledispatchmethod
    def format(self, arg):
        return "default " + repr(arg)

    @format.register
    def _(self, arg: int):
        return "int %d" % arg

    @format.register(list)
    def _(self, arg):
        return "list of " + ", ".join(self.format(a) for a in arg)

    @singledispatchmethod
    @classmethod
    def parse(cls, arg):
        return (cls.__name__, "any")

    @parse.register(str)
    @classmethod
    def _(cls, arg):
        return (cls.__name__, "str", arg)


f = Formatter()
print(f.format(3), "|", f.format([1, "x"]), "|", f.format(2.5))
print(Formatter.parse("s"), Formatter.parse(1), f.parse("t"))
print(Formatter.format.__name__, Formatter.__dict__["format"].func.__name__)
