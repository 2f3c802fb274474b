# object's special methods called explicitly: comparisons, __reduce_ex__/__reduce__/__getstate__, __sizeof__,
# __subclasshook__, __init_subclass__, __format__, __dir__, and the kinds of their wrappers.
class C:
    pass


def f():
    pass


class S:
    __slots__ = ("a", "b")


class L(list):
    pass


class Eq:
    def __eq__(self, other):
        return other == 42


def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__, e)
        return
    if isinstance(r, tuple) and r and callable(r[0]):
        print((r[0].__name__,) + tuple(x if not hasattr(x, "__next__") else type(x).__name__ for x in r[1:]))
    else:
        print(r)


c = C()
print(object.__lt__(1, 2), object.__le__(c, c), object.__gt__(c, 1), object.__ge__("a", "b"))
print(object.__eq__(c, c), object.__eq__(c, C()), object.__ne__(c, c), object.__ne__(1, 2), object.__ne__(Eq(), 42))
print(c.__lt__(c), c.__eq__(c), c.__ne__(1))
show(lambda: object.__lt__(1))
show(lambda: object.__eq__(1, 2, 3))
show(lambda: c < C())
print(repr(object.__lt__), repr(object.__eq__), repr(object.__init__))
print(repr(object.__reduce__), repr(object.__reduce_ex__), repr(object.__sizeof__), repr(object.__getstate__))
print(repr(c.__lt__).startswith("<method-wrapper '__lt__' of C object at 0x"))
print(type(object.__lt__).__name__, type(c.__lt__).__name__, type(object.__reduce__).__name__, type(c.__reduce__).__name__)
print(object.__subclasshook__(int), C.__subclasshook__(C), int.__subclasshook__())
print(object.__init_subclass__(), C.__init_subclass__())
show(lambda: C.__init_subclass__(1))
print(object.__format__(c, "") == str(c), format(3, ""), object.__format__(5, ""))
show(lambda: object.__format__(c, "x"))
print(c.__dir__() is not None, sorted(c.__dir__()) == dir(c))

# __getstate__
print(c.__getstate__(), object().__getstate__())
c.x = 1
c.y = [2]
print(c.__getstate__())
s = S()
print(s.__getstate__())
s.a = 3
print(s.__getstate__())
print((5).__getstate__(), [1].__getstate__(), "a".__getstate__())
show(lambda: c.__getstate__(1))

# __reduce_ex__ and __reduce__
show(lambda: c.__reduce_ex__(2))
show(lambda: c.__reduce_ex__(4))
show(lambda: c.__reduce_ex__(1))
show(lambda: c.__reduce_ex__(0))
show(lambda: c.__reduce__())
show(lambda: C().__reduce_ex__(0))
show(lambda: object().__reduce_ex__(2))
show(lambda: s.__reduce_ex__(2))
show(lambda: s.__reduce_ex__(1))
show(lambda: [1, 2].__reduce_ex__(2))
show(lambda: [1, 2].__reduce_ex__(1))
show(lambda: {1: 2}.__reduce_ex__(3))
show(lambda: (5).__reduce_ex__(2))
show(lambda: (5).__reduce__())
show(lambda: "ab".__reduce_ex__(4))
show(lambda: (1, 2).__reduce_ex__(2))
show(lambda: 1.5.__reduce_ex__(2))
show(lambda: None.__reduce_ex__(2))
show(lambda: {3}.__reduce_ex__(2))
show(lambda: frozenset().__reduce__())
show(lambda: range(1, 5, 2).__reduce_ex__(2))
show(lambda: slice(1, 2).__reduce__())
show(lambda: ....__reduce__())
show(lambda: NotImplemented.__reduce_ex__(2))
show(lambda: len.__reduce__())
show(lambda: bytearray(b"ab").__reduce__())
show(lambda: bytearray(b"ab").__reduce_ex__(3))
show(lambda: ValueError("bad", 2).__reduce__())
show(lambda: c.__reduce_ex__())
show(lambda: c.__reduce_ex__("x"))
show(lambda: f.__reduce_ex__(2))
lst = L([1])
lst.y = 2
show(lambda: lst.__reduce_ex__(1))
show(lambda: lst.__reduce_ex__(2))

# the functions named rebuild the object
r = c.__reduce_ex__(2)
d = r[0](*r[1])
print(type(d).__name__, d.__dict__)
r = c.__reduce_ex__(1)
d = r[0](*r[1])
print(type(d).__name__, d.__dict__)
r = lst.__reduce_ex__(1)
d = r[0](*r[1])
print(type(d).__name__, d)
e = ValueError("x")
e.__setstate__({"note": 1})
print(e.note, e.__reduce__())
show(lambda: e.__setstate__(5))

# __sizeof__
print(object().__sizeof__(), c.__sizeof__(), s.__sizeof__(), (0).__sizeof__(), (1).__sizeof__(), (2 ** 30).__sizeof__(),
      (2 ** 100).__sizeof__(), True.__sizeof__(), 1.5.__sizeof__(), 1j.__sizeof__())
print("".__sizeof__(), "abc".__sizeof__(), "\u20ac".__sizeof__(), "\U0001f600".__sizeof__(), ().__sizeof__(),
      (1, 2).__sizeof__(), b"".__sizeof__(), b"ab".__sizeof__())
print([].__sizeof__(), list(range(10)).__sizeof__(), {}.__sizeof__(), {1: 2}.__sizeof__(), set().__sizeof__(),
      frozenset().__sizeof__(), bytearray().__sizeof__(), bytearray(b"ab").__sizeof__(), range(3).__sizeof__(),
      slice(1).__sizeof__(), None.__sizeof__(), int.__sizeof__(5))
show(lambda: object.__sizeof__())
