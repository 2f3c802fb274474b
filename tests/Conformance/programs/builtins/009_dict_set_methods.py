# dict and set/frozenset methods.
d = {"a": 1, "b": 2}
d["c"] = 3
d.update({"d": 4}, e=5)
d.update([("f", 6)])
print(d, len(d), d.get("z"), d.get("z", 0), d.setdefault("a", 99), d.setdefault("g", 7))
print(list(d.keys()), list(d.values()), list(d.items())[:2])
print(d.pop("g"), d.pop("zz", "none"), d.popitem(), d)
e = dict.fromkeys(["x", "y"], 0)
print(e, dict.fromkeys("ab"), dict(a=1, b=2), dict([("k", "v")]), dict({"m": 1}, n=2))
print(d | {"a": 100, "z": 26}, {**d, "b": -2})
e |= {"y": 5}
print(e, "x" in e, "q" not in e, e == {"y": 5, "x": 0})
keys = d.keys()
del d["a"]
print(keys, len(keys), "b" in keys)
print(sorted(d.items(), key=lambda kv: -kv[1]))
cp = d.copy()
cp.clear()
print(cp, d)
s = set([3, 1, 2])
s.add(4)
s.discard(10)
s.remove(1)
print(sorted(s), len(s), 2 in s)
t = set([2, 3, 5, 7])
print(sorted(s | t), sorted(s & t), sorted(s - t), sorted(s ^ t))
print(sorted(s.union([9])), sorted(s.intersection(t, [3])), sorted(s.difference([2])), sorted(s.symmetric_difference(t)))
print(s.issubset(range(10)), s.issuperset([2, 3]), s.isdisjoint([100]), set([1]) < set([1, 2]), set([1, 2]) <= set([1, 2]))
u = set(range(5))
u.update([10, 11])
u.intersection_update(range(11))
u.difference_update([0])
u = u.symmetric_difference([1, 99])
print(sorted(u), u.pop() in range(100), len(u))
f = frozenset([1, 2, 3])
print(sorted(f | frozenset([4])), f & set([2]), type(f | set([9])).__name__, hash(f) == hash(frozenset([3, 2, 1])))
print(set(), frozenset(), set("aab") == set(["a", "b"]), {1: "a"} == {1: "a"})
for bad in [lambda: {}["k"], lambda: set().pop(), lambda: set([1]).remove(2), lambda: {}.popitem(), lambda: {"a": 1}.pop("b")]:
    try:
        bad()
    except KeyError as e:
        print("KeyError:", e)
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError:", e)
