# dict as CPython's compact table: insertion order through deletions and popitem, equal numeric keys (1, 1.0, True;
# 2**62 and 2.0**62), keys of a class with __hash__/__eq__, an __eq__ that empties the dict during a lookup,
# iteration that sees a change of size, a dict used as a sliding window.
import random
random.seed(5)
d = {}
ref = []
for step in range(20000):
    op = random.random()
    k = random.choice([random.randrange(300), "k%d" % random.randrange(300), random.randrange(300) + 0.5, (random.randrange(20), 1)])
    if op < 0.6:
        d[k] = step
    elif op < 0.85:
        d.pop(k, None)
    elif op < 0.9 and d:
        d.popitem()
    else:
        _ = k in d
print(len(d), list(d.items())[:10], list(d)[-5:])
print(sum(v for v in d.values()))
e = {1: "a", 1.0: "b", True: "c"}
print(e, {2**62: 1}.get(2.0**62), {2**63: 1}.get(2.0**63), {-1: 1}.get(-1), hash(-1))
class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return hash(self.v)
    def __eq__(self, o): return isinstance(o, K) and o.v == self.v
dk = {K(i): i for i in range(50)}
print(dk[K(7)], K(60) in dk, len(dk))
class Evil:
    def __hash__(self): return 1
    def __eq__(self, o):
        victim.clear()
        return False
victim = {}
victim[Evil()] = 1
victim[Evil()] = 2
print(len(victim))
victim[Evil()] = 1
try:
    print(Evil() in victim, len(victim))
except RuntimeError as ex:
    print("RuntimeError", ex)
big = {i: i for i in range(100000)}
for i in range(0, 100000, 2): del big[i]
print(len(big), next(iter(big)), list(big)[-1])
it = iter(big)
next(it)
big[-5] = 0
try:
    next(it)
except RuntimeError as ex:
    print("RuntimeError", ex)
q = {}
for i in range(1000):
    q[i] = i
    if i >= 3: del q[i - 3]
print(q)
print({**{"a": 1}, "b": 2, **{"a": 3}})
import sys
print(sorted({"x": 1, "y": 2}.items()), dict.fromkeys("abc", 0))
