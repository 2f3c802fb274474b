# types: the interpreter's types by name, SimpleNamespace, MethodType and ModuleType called, and the class-making
# helpers new_class, resolve_bases, prepare_class and get_original_bases, as CPython 3.12's.
import types
from abc import ABCMeta


def plain():
    pass


async def coro():
    pass


def gen():
    yield 1


async def agen():
    yield 1


class K:
    def method(self):
        return self


c = coro()
checks = [
    (plain, types.FunctionType), (lambda: 0, types.LambdaType), (gen(), types.GeneratorType), (c, types.CoroutineType),
    (agen(), types.AsyncGeneratorType), (K().method, types.MethodType), (len, types.BuiltinFunctionType),
    ([].append, types.BuiltinMethodType), (str.join, types.MethodDescriptorType), (types, types.ModuleType),
    (None, types.NoneType), (NotImplemented, types.NotImplementedType), (..., types.EllipsisType),
    (list[int], types.GenericAlias), (int | str, types.UnionType), ((lambda x: lambda: x)(1).__closure__[0], types.CellType),
]
c.close()
for obj, typ in checks:
    print(typ.__name__, isinstance(obj, typ), end="; ")
print()
print(types.FunctionType is types.LambdaType, types.BuiltinFunctionType is types.BuiltinMethodType, types.NoneType)
try:
    raise ValueError("x")
except ValueError as e:
    print(isinstance(e.__traceback__, types.TracebackType), types.TracebackType.__name__)

ns = types.SimpleNamespace(a=1, b="x")
ns.c = [1, 2]
print(ns, types.SimpleNamespace(), ns.a, vars(ns), repr(types.SimpleNamespace), types.SimpleNamespace.__name__)
ns2 = types.SimpleNamespace(a=1)
ns2.me = ns2
print(ns2, types.SimpleNamespace(a=1) == types.SimpleNamespace(a=1), types.SimpleNamespace(a=1) != types.SimpleNamespace(a=2))
for attempt in [lambda: types.SimpleNamespace(1), lambda: types.SimpleNamespace({"a": 1})]:
    try:
        attempt()
    except TypeError as e:
        print("TypeError:", e)
del ns.a
print(ns, hasattr(ns, "a"))


class Counter:
    def __init__(self):
        self.n = 0


def bump(self, by=1):
    self.n += by
    return self.n


counter = Counter()
counter.bump = types.MethodType(bump, counter)
print(counter.bump(), counter.bump(5), counter.bump.__self__ is counter, counter.bump.__func__ is bump)
for attempt in [lambda: types.MethodType(3, counter), lambda: types.MethodType(bump, None), lambda: types.MethodType(bump)]:
    try:
        attempt()
    except TypeError as e:
        print("TypeError:", e)

m = types.ModuleType("scratch", "A scratch module.")
m.value = 42
print(m.__name__, m.__doc__, m.value, isinstance(m, types.ModuleType), types.ModuleType("other").__doc__)
try:
    types.ModuleType(3)
except TypeError as e:
    print("TypeError:", e)


def body(ns):
    ns["greet"] = lambda self: "hi from " + type(self).__name__
    ns["x"] = 1


Made = types.new_class("Made", (K,), exec_body=body)
print(Made.__name__, Made.__bases__, Made().greet(), Made.x, isinstance(Made(), K))
Abstract = types.new_class("Abstract", (), {"metaclass": ABCMeta})
print(type(Abstract).__name__)
Aliased = types.new_class("Aliased", (list[int],))
print(Aliased.__bases__, Aliased.__orig_bases__, types.get_original_bases(Aliased), types.get_original_bases(K))
print(types.resolve_bases((int, list[str], K)), types.resolve_bases((int,)))
meta, namespace, kw = types.prepare_class("P", (K,), {"flag": True})
print(meta, namespace, kw)
try:
    types.get_original_bases(3)
except TypeError as e:
    print("TypeError:", e)
