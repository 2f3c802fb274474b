# defaultdict grouping and counting; OrderedDict move_to_end, popitem, order-aware equality; an LRU cache.
from collections import defaultdict, OrderedDict

groups = defaultdict(list)
for name, dept in [("ann", "eng"), ("bob", "ops"), ("cid", "eng"), ("dee", "hr"), ("eve", "ops")]:
    groups[dept].append(name)
print(groups)
print(sorted(groups.items()), groups.default_factory)
print("missing" in groups, groups.get("missing"), len(groups))
print(groups["missing"], len(groups))

counts = defaultdict(int)
for ch in "abracadabra":
    counts[ch] += 1
print(dict(counts), counts["z"], isinstance(counts, dict))

nested = defaultdict(lambda: defaultdict(int))
nested["x"]["y"] += 1
nested["x"]["z"] += 2
print({k: dict(v) for k, v in nested.items()})
plain = defaultdict(None, {"a": 1})
print(plain)
try:
    plain["b"]
except KeyError as e:
    print("KeyError:", e)
s = defaultdict(set)
s["k"].add(1)
s["k"].add(1)
print(s, s.copy() == s, type(s.copy()).__name__)

od = OrderedDict()
od["one"] = 1
od["two"] = 2
od["three"] = 3
print(od)
od.move_to_end("one")
print(list(od))
od.move_to_end("three", last=False)
print(list(od.items()))
print(od.popitem(), od.popitem(last=False), od)
a = OrderedDict([("x", 1), ("y", 2)])
b = OrderedDict([("y", 2), ("x", 1)])
print(a == b, dict(a) == dict(b), a == {"y": 2, "x": 1})
print(OrderedDict(), OrderedDict(k=1))
try:
    a.move_to_end("nope")
except KeyError as e:
    print("KeyError:", e)

# An LRU cache of size 3 on top of OrderedDict.
cache = OrderedDict()
log = []
for key in ["a", "b", "c", "a", "d", "b", "e", "a"]:
    if key in cache:
        cache.move_to_end(key)
        log.append("hit " + key)
    else:
        cache[key] = key.upper()
        if len(cache) > 3:
            old, _ = cache.popitem(last=False)
            log.append("evict " + old)
        log.append("miss " + key)
print(log)
print(cache)
