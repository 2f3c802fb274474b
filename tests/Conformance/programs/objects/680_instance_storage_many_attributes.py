# Instances whose attributes outgrow the values kept inside the instance (the first four) and spill into
# the overflow storage: reads, replacements, deletions across the boundary, __dict__ and vars(), and the
# release of every value (a finalizer on each attribute value reports it) when the instance goes.
import sys


class Tracked:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("released", self.name)


class Wide:
    def __init__(self, n):
        for i in range(n):
            setattr(self, "a%d" % i, i * 10)


w = Wide(9)
print([getattr(w, "a%d" % i) for i in range(9)])
print(list(vars(Wide(6)).items()))

# Replacing values on both sides of the boundary.
w.a1 = "one"
w.a7 = "seven"
print(w.a0, w.a1, w.a3, w.a4, w.a7, w.a8)

# Deleting an inline attribute shifts the later ones (including overflow ones) down.
del w.a2
print(sorted(vars(w)))
print(w.a3, w.a4, w.a5, w.a8)
del w.a5
w.a2 = "back"
print([k for k in vars(w)], w.a2, w.a6)
try:
    w.a5
except AttributeError as e:
    print("AttributeError:", e)


# Every value is released exactly once, when the instance goes, in attribute order.
class Holder:
    pass


h = Holder()
for i in range(7):
    setattr(h, "t%d" % i, Tracked("t%d" % i))
print("refcount of t5's value:", sys.getrefcount(h.t5))
print("deleting holder")
del h
print("holder gone")

# A second instance of the same class reserves room for all of them at once: same results.
h2 = Holder()
for i in range(6):
    setattr(h2, "t%d" % i, i)
h2.t0 = Tracked("first")
h2.t5 = Tracked("last")
print(vars(h2).keys())
del h2
print("h2 gone")


# __dict__ materialized from a wide instance, then written through both paths.
class Many:
    def __init__(self):
        self.a, self.b, self.c, self.d, self.e, self.f = 1, 2, 3, 4, 5, 6


m = Many()
d = m.__dict__
d["g"] = 7
m.h = 8
print(d)
del m.b
print(m.__dict__, m.f, m.g)


# __slots__ beside a __dict__, with more attributes than fit inline.
class Slotted:
    __slots__ = ("s1", "s2", "__dict__")

    def __init__(self):
        self.s1 = "slot1"
        self.x1, self.x2, self.x3, self.x4 = 1, 2, 3, 4
        self.s2 = "slot2"


s = Slotted()
print(s.s1, s.s2, s.x4, sorted(vars(s)))
s.__dict__["x5"] = 5
print(s.s1, s.s2, s.x5, sorted(vars(s)))
