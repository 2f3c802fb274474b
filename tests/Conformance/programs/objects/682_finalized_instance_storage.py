# An instance's rarely used state (overflow values, a materialized __dict__, the finalized flag) shares one field:
# a resurrected, finalized instance that then grows past its inline values and gets a __dict__ keeps every
# attribute, and its __del__ still runs only once (PEP 442); getrefcount sees the same counts throughout.
import sys

kept = []


class Phoenix:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("__del__", self.name, sorted(vars(self)))
        kept.append(self)


p = Phoenix("a")
p.x1 = 1
del p
print("resurrected:", len(kept), kept[0].name)
q = kept.pop()
print("count after pop:", sys.getrefcount(q))
for i in range(2, 9):
    setattr(q, "x%d" % i, i * 10)
print([getattr(q, "x%d" % i) for i in range(1, 9)])
d = q.__dict__
d["late"] = "via dict"
q.x9 = 90
del q.x3
print(sorted(vars(q)), q.late, q.x9, q.x8)
del d
print("count before the last release:", sys.getrefcount(q))
del q
print("after the last release:", kept)

# Finalized while alive by the overflow path first, then with a dict: every order of the three.
r = Phoenix("b")
for i in range(1, 7):
    setattr(r, "y%d" % i, i)
r.__dict__["z"] = 0
del r
print("resurrected again:", len(kept), kept[0].name, kept[0].y6, kept[0].z)
s = kept.pop()
s.y7 = 7
print(s.y1, s.y7, sorted(vars(s))[:3])
del s
print("done", kept)
