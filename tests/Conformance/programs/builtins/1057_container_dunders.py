# The sequence, mapping and set operator methods of the builtin containers called explicitly: results, errors,
# NotImplemented for a foreign operand, the wrappers' reprs, and super().__add__ in subclasses.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


a = [1, 2]
show(lambda: list.__add__(a, [3]))
show(lambda: a.__add__((3,)))
show(lambda: list.__add__(5, [3]))
show(lambda: list.__add__(a))
show(lambda: a.__mul__(2))
show(lambda: a.__rmul__(3))
show(lambda: a.__mul__("x"))
show(lambda: a.__mul__(-1))
b = [1]
print(b.__iadd__((2, 3)) is b, b)
print(b.__imul__(2) is b, b)
show(lambda: b.__iadd__(5))
show(lambda: list.__contains__(a, 2))
show(lambda: list.__len__(a))
show(lambda: list.__getitem__(a, -1))
show(lambda: a.__iter__().__next__())
show(lambda: list(a.__reversed__()))
show(lambda: list.__hash__)
show(lambda: list.__class_getitem__(int))
print(repr(list.__add__), repr(list.__getitem__), repr(list.__len__), repr(list.__iadd__))
print(repr([].__add__).startswith("<method-wrapper '__add__' of list object at 0x"))
print(repr([].__getitem__).startswith("<built-in method __getitem__ of list object at 0x"))
print(type(list.__add__).__name__, type([].__add__).__name__, type(list.__getitem__).__name__)

t = (1, 2)
show(lambda: tuple.__add__(t, (3,)))
show(lambda: t.__add__([3]))
show(lambda: t.__mul__(2))
show(lambda: t.__rmul__(0))
show(lambda: t.__getnewargs__())
show(lambda: tuple.__hash__(t) == hash(t))

s = "ab"
show(lambda: str.__add__(s, "c"))
show(lambda: s.__add__(1))
show(lambda: s.__mul__(3))
show(lambda: s.__rmul__(2))
show(lambda: s.__mul__("x"))
show(lambda: "%s-%d".__mod__(("x", 5)))
show(lambda: "%d".__mod__(5))
show(lambda: "abc".__mod__(5))
show(lambda: s.__rmod__("<%s>"))
show(lambda: s.__rmod__(5))
show(lambda: s.__getnewargs__())
show(lambda: str.__add__(1, "a"))

show(lambda: b"ab".__add__(b"c"))
show(lambda: b"ab".__add__(bytearray(b"c")))
show(lambda: b"ab".__add__("c"))
show(lambda: b"ab".__mul__(2))
show(lambda: b"%d-%s".__mod__((1, b"x")))
show(lambda: b"x".__rmod__(b"<%s>"))
show(lambda: b"x".__rmod__("<%s>"))
show(lambda: b"ab".__getnewargs__())
show(lambda: b"ab".__bytes__())
ba = bytearray(b"ab")
show(lambda: ba.__add__(b"c"))
print(ba.__iadd__(b"cd") is ba, ba)
print(ba.__imul__(2) is ba, ba)
show(lambda: ba.__lt__(b"b"))
show(lambda: ba.__ge__(bytearray(b"ab")))
show(lambda: ba.__lt__(1))
ba.__setitem__(0, 65)
ba.__delitem__(1)
print(ba, ba.__alloc__() >= len(ba))
show(lambda: bytearray.__hash__)
show(lambda: bytearray(b"%d").__mod__(7))

d = {"a": 1}
show(lambda: d.__or__({"b": 2}))
show(lambda: d.__or__([("b", 2)]))
show(lambda: d.__ror__({"a": 0, "c": 3}))
show(lambda: d.__ror__(1))
e = {"x": 1}
print(e.__ior__([("y", 2)]) is e, e)
show(lambda: e.__ior__(5))
show(lambda: dict.__lt__(d, d))
show(lambda: dict.__getitem__(d, "a"))
show(lambda: dict.__contains__(d, "a"))
print(repr(dict.__or__), repr(dict.__getitem__), repr(dict.__contains__))

x = {1, 2, 3}
y = {3, 4}
for name in ("__or__", "__and__", "__sub__", "__xor__", "__ror__", "__rand__", "__rsub__", "__rxor__"):
    print(name, sorted(getattr(x, name)(y)), getattr(x, name)([3]))
show(lambda: type(frozenset({1}).__or__({2})).__name__)
show(lambda: type(frozenset({1}).__ror__({2})).__name__)
show(lambda: type(set({1}).__or__(frozenset({2}))).__name__)
z = {1, 2}
print(z.__ior__({5}) is z, sorted(z))
print(z.__iand__({1, 5}) is z, sorted(z))
print(z.__isub__({1}) is z, sorted(z))
print(z.__ixor__({5, 6}) is z, sorted(z))
show(lambda: z.__ior__([1]))
show(lambda: {1}.__lt__({1, 2}))
show(lambda: {1, 2}.__le__({1, 2}))
show(lambda: {1, 2}.__gt__({1}))
show(lambda: {1}.__ge__({2}))
show(lambda: {1}.__lt__([1, 2]))
show(lambda: frozenset({1}).__lt__({1, 2}))
show(lambda: set.__or__(frozenset({1}), {2}))
print(repr(set.__or__), repr(frozenset.__rsub__), repr(set.__contains__))


class MyList(list):
    def __add__(self, other):
        return MyList(super().__add__(other))

    def __mul__(self, n):
        return "mul " + repr(super().__mul__(n))


class MyStr(str):
    def __add__(self, other):
        return "<" + super().__add__(other) + ">"

    def __mod__(self, args):
        return "mod " + super().__mod__(args)


class MyDict(dict):
    def __or__(self, other):
        r = super().__or__(other)
        return ("MyDict|", r)


class MySet(set):
    def __sub__(self, other):
        return ("MySet-", sorted(super().__sub__(other)))


ml = MyList([1]) + [2]
print(type(ml).__name__, ml, MyList([1]) * 2)
print(MyStr("a") + "b", MyStr("%s!") % "x")
print(MyDict(a=1) | {"b": 2}, MySet({1, 2}) - {1})
print(list.__add__(MyList([7]), [8]), str.__add__(MyStr("p"), "q"))
