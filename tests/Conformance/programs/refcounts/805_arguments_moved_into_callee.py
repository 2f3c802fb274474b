# A call moves its arguments' references into the callee's frame (CPython 3.11+): a temporary argument
# is owned by the callee alone, so sys.getrefcount counts only the callee's reference, a callee that drops
# it runs its __del__ at once, and the arguments go when the callee's frame goes, in its locals' order.
import sys


class Obj:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


def count(x):
    print("count of a temporary in the callee", sys.getrefcount(x))


def drop(x):
    del x
    print("after del in the callee")


def rebind(x):
    x = None
    print("after rebinding in the callee")


def two(a, b):
    print("two", a.n, b.n)


def method_like(self, *rest):
    print("rest", len(rest))


def defaults(a, b=None, *, c=None):
    print("defaults", a.n, b.n if b else None, c.n if c else None)


count(Obj(1))
count([])
drop(Obj(2))
rebind(Obj(3))
print("keywords out of order")
two(b=Obj(4), a=Obj(5))
print("positional")
two(Obj(6), Obj(7))
print("star args")
method_like(Obj(8), Obj(9), Obj(10))
print("defaults and keyword-only")
defaults(Obj(11), c=Obj(12))
defaults(Obj(13), Obj(14))

kept = Obj(15)
count(kept)


class Point:
    def __init__(self, x, y):
        print("self in __init__", sys.getrefcount(self))
        self.x = x
        self.y = y

    def norm(self):
        return sys.getrefcount(self)


p = Point(1, 2)
q = Point(x=1, y=2)
print("self in a method", p.norm())
m = p.norm
print("self through a bound method", m())


def recurse(o, n):
    if n:
        return recurse(o, n - 1)
    return sys.getrefcount(o)


print("through five calls", recurse(Obj(16), 5))


del kept
print("end")
