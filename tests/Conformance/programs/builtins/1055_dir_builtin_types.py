# dir() of the builtin types, their instances and user classes lists CPython 3.12's names.
class C:
    def m(self):
        pass


class E(Exception):
    pass


class S:
    __slots__ = ("a",)


items = [
    ("object", object), ("int", int), ("bool", bool), ("float", float), ("complex", complex), ("str", str),
    ("list", list), ("tuple", tuple), ("dict", dict), ("set", set), ("frozenset", frozenset), ("range", range),
    ("slice", slice), ("NoneType", type(None)), ("None", None), ("BaseException", BaseException), ("ValueError", ValueError),
    ("KeyError", KeyError), ("StopIteration", StopIteration), ("C", C), ("C()", C()), ("E", E), ("S", S),
    ("1", 1), ("1.5", 1.5), ("'s'", "s"), ("[]", []), ("{}", {}), ("NotImplemented", NotImplemented),
    ("Ellipsis", ...), ("enumerate", enumerate), ("map", map), ("filter", filter),
]
for name, t in items:
    print(name, sorted(dir(t)))

# The function, method and builtin types: what dir() lists of CPython's (see docs/language-support.md for the rest).
def f():
    pass


for name, o in (("function", f), ("method", C().m), ("builtin", len)):
    print(name, [n for n in ("__call__", "__get__", "__reduce__", "__name__", "__qualname__", "__self__", "__func__", "__lt__", "__reduce_ex__") if n in dir(o)])
print(f.__call__(), C().m.__call__(), len.__call__("abc"), f.__get__(None, C) is f, f.__get__(C(), C).__func__ is f)
print(type(C().m.__call__).__name__, repr(C.m.__get__).startswith("<method-wrapper '__get__' of function object at 0x"))
