# WeakSet: members leave when released; set operations.
import weakref
import _weakrefset


class Item:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "Item(%d)" % self.n


items = [Item(i) for i in range(6)]
s = weakref.WeakSet(items[:4])
print(weakref.WeakSet is _weakrefset.WeakSet, len(s), items[0] in s, items[5] in s, 3 in s)
del items[0]
print(len(s), sorted(i.n for i in s))
s.add(items[4])
s.discard(items[1])
s.remove(items[2])
print(sorted(i.n for i in s))
try:
    s.remove(items[1])
except KeyError:
    print("KeyError on remove of a non-member")
t = weakref.WeakSet([items[2], items[3]])
print(sorted(i.n for i in s | t), sorted(i.n for i in s & t), sorted(i.n for i in s - t), sorted(i.n for i in s ^ t))
print(s.issubset(items), t <= s, s >= weakref.WeakSet([items[3]]), s == weakref.WeakSet([items[3], items[4]]), s.isdisjoint([items[0]]))
u = s.copy()
print(type(u).__name__, len(u))
s.clear()
print(len(s), len(u))
try:
    s.add(1)
except TypeError as e:
    print("TypeError:", e)
popped = u.pop()
print(popped.n in (3, 4), len(u))
del items
print(len(u), len(t), list(t))
try:
    weakref.WeakSet().pop()
except KeyError as e:
    print("KeyError:", e)
try:
    hash(weakref.WeakSet())
except TypeError as e:
    print("TypeError:", e)
print(repr(weakref.WeakSet()))


# Asynchronous generators, which asyncio keeps in one, and plain generators.
def gen():
    yield 1


async def agen():
    yield 1


g, ag = gen(), agen()
ws = weakref.WeakSet([g, ag])
print(len(ws), g in ws)
del g
print(len(ws))
ag = None
print(len(ws))
print("end")
