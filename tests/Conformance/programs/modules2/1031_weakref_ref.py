# weakref.ref: calling, callbacks at the referent's release (after __del__, newest first), shared plain refs,
# getweakrefcount/getweakrefs, equality and hash, repr shape, which objects can be weakly referenced.
import weakref


class C:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "C(%s)" % self.name


class WithDel:
    def __del__(self):
        print("__del__ runs; ref still alive:", r_del() is self)


def show(label, *values):
    print(label, *values)


c = C("a")
r = weakref.ref(c)
show("call gives the object:", r() is c)
show("same plain ref:", weakref.ref(c) is r)
show("callback is None:", r.__callback__ is None)
events = []
r2 = weakref.ref(c, lambda w: events.append(("cb2", w() is None, w is r2)))
r3 = weakref.ref(c, lambda w: events.append(("cb3", w() is None)))
show("with a callback a new ref:", r2 is not r and r3 is not r2)
show("count:", weakref.getweakrefcount(c))
refs = weakref.getweakrefs(c)
show("order (plain first, then newest first):", [x is r for x in refs], [x is r3 for x in refs], [x is r2 for x in refs])
show("__callback__ kept:", r2.__callback__ is not None)
show("equal while alive:", r == r2, r != r2, hash(r) == hash(c))
d = C("d")
rd = weakref.ref(d)
show("different referents:", r == rd)
show("repr alive:", repr(r).startswith("<weakref at 0x"), "; to 'C' at 0x" in repr(r))
del c
show("callbacks ran:", events)
show("dead:", r() is None, r2() is None, r2.__callback__ is None)
show("repr dead:", repr(r).endswith("; dead>"))
show("dead equal only to itself:", r == r, r == r2, r == rd)
show("hash kept after death:", isinstance(hash(r), int))
try:
    hash(r2)
except TypeError as e:
    show("TypeError:", e)
del d
show("ref of a dead object counts 0:", weakref.getweakrefcount(C("x")))

# __del__ runs first and still sees the reference alive; the callback runs after it.
o = WithDel()
r_del = weakref.ref(o, lambda w: print("callback runs; ref dead:", w() is None))
del o
print("after del")

# A callback's exception is reported (stderr) and does not stop the others; here none raises.
class Node:
    pass

n = Node()
order = []
keep = [weakref.ref(n, lambda w, i=i: order.append(i)) for i in range(4)]
n = None
show("newest first:", order)

# What can be weakly referenced.
def f():
    pass

class Slotted:
    __slots__ = ("a",)

class SlottedWeak:
    __slots__ = ("a", "__weakref__")

class L(list):
    pass

class D(dict):
    pass

class S(set):
    pass

class E(Exception):
    pass

def gen():
    yield 1

g = gen()
candidates = [1, 2.5, "s", b"b", (1,), [1], {1: 2}, None, True, object(), range(3), Exception(), Slotted(),
              f, C, {1}, frozenset({2}), len, weakref, g, SlottedWeak(), L(), D(), S(), E(), C("z").__repr__]
for obj in candidates:
    try:
        wr = weakref.ref(obj)
        print(type(obj).__name__, "weakly referenced:", wr() is obj)
    except TypeError as e:
        print(type(obj).__name__, "->", e)

# Arguments.
for call in (lambda: weakref.ref(), lambda: weakref.ref(f, None, 3), lambda: r(1), lambda: r < r):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
show("ref is ReferenceType:", weakref.ref is weakref.ReferenceType, weakref.ref.__name__, weakref.ref.__module__)
show("callable:", callable(r), isinstance(r, weakref.ref), type(r).__name__)

# A weak reference does not keep its referent: the referent goes with its last strong reference.
class Big:
    count = 0
    def __del__(self):
        Big.count += 1

refs = [weakref.ref(Big()) for _ in range(5)]
show("all gone at once:", Big.count, [x() for x in refs])
b = Big()
rb = weakref.ref(b)
lst = [b]
del b
show("alive through the list:", rb() is lst[0])
lst.clear()
show("gone with the list item:", rb())

# Classes and functions.
def make():
    def inner():
        return 42
    return inner

fn = make()
rf = weakref.ref(fn, lambda w: print("function released"))
show("function call through ref:", rf()())
del fn
class Temp:
    pass
rt = weakref.ref(Temp)
show("class name:", rt().__name__)
print("end")
