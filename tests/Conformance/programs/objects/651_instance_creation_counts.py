# Calling a class: __init__ sees self with CPython's reference count, with few and many arguments, keywords and
# defaults; an __init__ that stores self elsewhere keeps it; one that raises or returns a value releases the new
# instance; __del__ runs when the last reference goes. (Inside an __init__ called with keywords CPython 3.12 counts
# one more reference, from the argument array it builds; GilGen does not, so only the positional count is printed.)
import sys

kept = []


class Few:
    def __init__(self, a, b=2):
        self.a = a
        self.b = b
        print("Few", a, b)
        self.count = sys.getrefcount(self)


class Many:
    def __init__(self, a, b, c, d, e, f=6):
        self.total = a + b + c + d + e + f
        print("Many", sys.getrefcount(self), self.total)


class Keeper:
    def __init__(self, tag):
        self.tag = tag
        kept.append(self)
        print("Keeper", sys.getrefcount(self))

    def __del__(self):
        print("Keeper released", self.tag)


class Fails:
    def __init__(self, why):
        self.why = why
        raise ValueError(why)


class Returns:
    def __init__(self):
        return 42

    def __del__(self):
        print("Returns released")


class Counted:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("Counted released", self.n)


f = Few(1)
print(f.count, sys.getrefcount(f))
f = Few(1, b=5)
f = Few(a=7)
m = Many(1, 2, 3, 4, 5)
m = Many(1, 2, 3, 4, 5, 10)
print(sys.getrefcount(m))
k = Keeper("k1")
print(sys.getrefcount(k))
del k
print(len(kept))
kept.clear()
print("cleared")

try:
    Fails("bad")
except ValueError as e:
    print("caught", e)
print("after Fails")

try:
    Returns()
except TypeError as e:
    print("caught", e)
print("after Returns")

c = Counted(0)
for i in range(1, 4):
    c = Counted(i)
print("loop done", c.n)
del c
print("end")


class Tracked(Exception):
    def __del__(self):
        print("Tracked released", self.args)


t = Tracked("x", 1)
print(repr(t))
t = None
print("exceptions too")
