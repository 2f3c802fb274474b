# Calling a plain class (object's layout, __init__ in Python): what sys.getrefcount shows inside and after
# __init__, the recursion limit counted through class calls, __init__ that raises or returns a value,
# keyword and many-argument calls, and finalizers that run when a new instance is dropped.
import sys


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.seen = sys.getrefcount(self)


p = Point(1, 2)
print(p.x, p.y, p.seen, sys.getrefcount(p))
q = Point(y=5, x=4)
print(q.x, q.y)


class Six:
    def __init__(self, a, b, c, d, e, f=6):
        self.total = a + b + c + d + e + f


print(Six(1, 2, 3, 4, 5).total, Six(1, 2, 3, 4, 5, 60).total)


class Loud:
    def __init__(self, name, fail=False):
        self.name = name
        if fail:
            raise ValueError("no " + name)

    def __del__(self):
        print("del", self.name)


Loud("dropped at once")
print("after dropped")
class Quiet:
    def __init__(self, name, fail=False):
        self.name = name
        if fail:
            raise ValueError("no " + name)


try:
    Quiet("failing", fail=True)
except ValueError as e:
    print("caught", e)
print("after failing")


class ReturnsValue:
    def __init__(self):
        self.ok = True
        return 42


try:
    ReturnsValue()
except TypeError as e:
    print("TypeError:", e)


class Nested:
    def __init__(self, depth):
        self.child = Nested(depth + 1) if depth < 50 else None
        self.depth = depth


n = Nested(0)
count = 0
while n is not None:
    count += 1
    n = n.child
print("nested", count)


class Deep:
    def __init__(self, k):
        self.k = k
        self.inner = Deep(k + 1)


sys.setrecursionlimit(200)
try:
    Deep(0)
except RecursionError as e:
    print("RecursionError:", e)


class Counter:
    made = 0

    def __init__(self):
        Counter.made += 1


for _ in range(1000):
    Counter()
print("made", Counter.made)

# The class gains a __new__ later: the next call goes through it.
def new(cls, *args):
    print("new for", cls.__name__, args)
    return object.__new__(cls)


Point.__new__ = staticmethod(new)
r = Point(7, 8)
print(r.x, r.y)


# __init__ replaced after instances were made.
def init2(self, x, y):
    self.x = -x
    self.y = -y


Point.__init__ = init2
print(Point(3, 4).x)
