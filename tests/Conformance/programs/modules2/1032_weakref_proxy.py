# weakref.proxy: attribute access, calls, str, len, iteration, items, comparisons; ReferenceError once dead.
import weakref


class Box:
    def __init__(self, items):
        self.items = items
        self.label = "box"

    def total(self):
        return sum(self.items)

    def __len__(self):
        return len(self.items)

    def __iter__(self):
        return iter(self.items)

    def __getitem__(self, i):
        return self.items[i]

    def __setitem__(self, i, v):
        self.items[i] = v

    def __delitem__(self, i):
        del self.items[i]

    def __contains__(self, v):
        return v in self.items

    def __str__(self):
        return "Box%s" % (self.items,)

    def __eq__(self, other):
        return isinstance(other, Box) and self.items == other.items

    __hash__ = None


b = Box([1, 2, 3])
p = weakref.proxy(b)
print(type(p) is weakref.ProxyType, type(p).__name__, weakref.ProxyTypes == (weakref.ProxyType, weakref.CallableProxyType))
print(p.label, p.total(), len(p), list(p), p[1], 2 in p, 9 in p, str(p), bool(p))
p.label = "changed"
print(b.label)
p[0] = 10
del p[2]
print(b.items)
del p.label
print(hasattr(b, "label"))
print(p == Box([10, 2]), p == b, p != b)
print(weakref.proxy(b) is p, weakref.getweakrefcount(b))
p2 = weakref.proxy(b, lambda x: print("callback, proxy given:", type(x).__name__))
print(p2 is not p, weakref.getweakrefcount(b))
print(repr(p).startswith("<weakproxy at 0x"), " to Box at 0x" in repr(p))
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)


def add(x, y):
    return x + y


cp = weakref.proxy(add)
print(type(cp) is weakref.CallableProxyType, cp(2, 3), callable(cp), callable(p))

del b
for action in (lambda: p.items, lambda: p.total(), lambda: len(p), lambda: str(p), lambda: setattr(p, "x", 1)):
    try:
        action()
    except ReferenceError as e:
        print("ReferenceError:", e)
print(" to NoneType at 0x" in repr(p))
print("end")


# Operators go to the referent.
class Num:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        return Num(self.v + (other.v if isinstance(other, Num) else other))

    def __radd__(self, other):
        return Num(other + self.v)

    def __neg__(self):
        return Num(-self.v)

    def __mul__(self, other):
        return self.v * other

    def __repr__(self):
        return "Num(%r)" % self.v


n = Num(5)
pn = weakref.proxy(n)
print(pn + 1, 2 + pn, -pn, pn * 3, pn + pn)
q = pn
q += 10
print(q, type(q).__name__, n)
lst = [1, 2]
pl = weakref.proxy(n)
print(pl.v)
import threading
t = threading.Thread(target=lambda: None)
rt = weakref.ref(t)
print(rt() is t)
del t
print(rt())
del n
try:
    pn + 1
except ReferenceError as e:
    print("ReferenceError:", e)
