# A call with one positional argument (len(x), abs(x), f(x)): the argument's reference is released once the call
# returns or raises, a temporary is finalized then, and a name that shadows the builtin is called as itself.
import sys


class Noisy:
    def __init__(self, name):
        self.name = name

    def __len__(self):
        print("len of", self.name)
        return 3

    def __abs__(self):
        print("abs of", self.name)
        return 7

    def __del__(self):
        print("del", self.name)


class BadLen:
    def __len__(self):
        raise ValueError("no length")

    def __del__(self):
        print("del BadLen")


print(len(Noisy("temp for len")))
print(abs(Noisy("temp for abs")))
print(abs(-5), abs(-2.5), abs(-2 ** 63), abs(True), len("héllo"), len([1, 2]), len({}))

kept = Noisy("kept")
before = sys.getrefcount(kept)
for _ in range(3):
    len(kept)
    abs(kept)
print("refcount unchanged:", sys.getrefcount(kept) == before)

try:
    len(BadLen())
except ValueError as e:
    print("caught", e)
print("after the handler")

for bad in (5, None, "x"):
    try:
        abs(bad) if bad != 5 else len(bad)
    except TypeError as e:
        print("TypeError:", e)

x = [1, 2, 3]
r = sys.getrefcount(x)
for _ in range(5):
    try:
        abs(x)
    except TypeError:
        pass
print("list refcount unchanged:", sys.getrefcount(x) == r)


def shadowed():
    len = lambda v: "my len of " + repr(v)
    return len([1])


print(shadowed())


def one(v):
    return sys.getrefcount(v)


obj = Noisy("passed")
print("in a Python callee:", one(obj) - sys.getrefcount(obj))
abs_ = abs
print(abs_(-3), (len)("abc"))
print("end")
