# set and frozenset storage: operators, updates into an empty set (which shares no table until its first key),
# clear() then reuse, pop until empty, frozenset hashing; the slot order matches CPython 3.12's through many adds,
# discards and pops (a new key takes the last dummy slot of its probe, as set_add_entry does since 3.10).
import random
random.seed(11)
s = set()
for step in range(30000):
    k = random.randrange(2000) if random.random() < 0.7 else (random.randrange(50), random.randrange(3))
    r = random.random()
    if r < 0.55: s.add(k)
    elif r < 0.9: s.discard(k)
    elif s and r < 0.93: s.pop()
print(len(s), list(s)[:20], hash(tuple(s)) == hash(tuple(list(s))))
a = set(range(0, 100, 3)); b = set(range(0, 100, 5))
print(sorted(a | b)[:10], list(a & b), list(a - b)[:8], list(a ^ b)[:8])
c = set(); c |= a; print(list(c)[:10])
d = set(); d.update(b); print(list(d)[:10], d == b)
e = set(); e.clear(); e.add(5); print(e, frozenset(), frozenset([1, 2]) == {2, 1}, hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
f = {1, 2, 3}; f.clear(); print(f, len(f)); f.add(7); print(f)
g = set(a); g.difference_update(range(0, 100, 2)); print(list(g))
h = {i * 8 for i in range(40)}; print(list(h)[:12])
print({"x", "y"} == {"y", "x"}, set("hello") == set("olleh"), {1, 2} < {1, 2, 3})
x = set(); y = {1}; x, y = y, x
fs = frozenset(range(20)); print(list(fs)[:5], set(fs) == fs)
while h: h.pop()
print(h)
