# WeakValueDictionary and WeakKeyDictionary: entries leave when their value (key) is released.
import weakref


class Obj:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "Obj(%d)" % self.n


a, b, c = Obj(1), Obj(2), Obj(3)
wv = weakref.WeakValueDictionary()
wv["a"] = a
wv["b"] = b
wv.update({"c": c})
print(len(wv), sorted(wv.keys()), sorted(v.n for v in wv.values()), "a" in wv, "z" in wv)
print(wv["a"], wv.get("b"), wv.get("zz", "default"))
del b
print(len(wv), sorted(wv), "b" in wv, wv.get("b"))
try:
    wv["b"]
except KeyError as e:
    print("KeyError:", e)
print(sorted((k, v.n) for k, v in wv.items()))
print(wv.pop("a") is a, len(wv))
print(wv.setdefault("c", None) is c, wv.setdefault("new", a) is a, len(wv))
copy = wv.copy()
print(type(copy).__name__, sorted(copy))
del a
print(sorted(wv), sorted(copy))
refs = wv.valuerefs()
print(len(refs), all(isinstance(r, weakref.KeyedRef) for r in refs), [r.key for r in refs])
print(repr(wv).startswith("<WeakValueDictionary at 0x"))
k, v = wv.popitem()
print(k, v)
del v
print(len(wv))
try:
    wv.popitem()
except KeyError as e:
    print("KeyError", e.args == ("popitem(): dictionary is empty",))
wv2 = weakref.WeakValueDictionary({"x": c}, y=c)
print(sorted(wv2), isinstance(wv2, dict))
del c
print(len(wv2), list(wv2.items()))

# Values iterated while others go.
objs = [Obj(i) for i in range(5)]
wv3 = weakref.WeakValueDictionary((i, o) for i, o in enumerate(objs))
seen = []
for key in wv3.keys():
    seen.append(key)
    if key == 1:
        del objs[3]
print(seen, sorted(wv3))

# WeakKeyDictionary.
k1, k2, k3 = Obj(10), Obj(20), Obj(30)
wk = weakref.WeakKeyDictionary()
wk[k1] = "one"
wk[k2] = "two"
wk.update({k3: "three"})
print(len(wk), wk[k1], k2 in wk, 5 in wk, wk.get(k3), sorted(wk.values()))
del k2
print(len(wk), sorted(o.n for o in wk.keys()), sorted(wk.values()))
print(sorted((o.n, v) for o, v in wk.items()))
print(wk.pop(k1), len(wk), wk.pop(k1, "gone"))
print(wk.setdefault(k3, "x"), wk.setdefault(k1, "again"))
del wk[k1]
print(len(wk), len(wk.keyrefs()))
try:
    wk[Obj(99)]
except KeyError:
    print("KeyError for a missing key")
try:
    wk[1] = 2
except TypeError as e:
    print("TypeError:", e)
wk2 = wk.copy()
del k3
print(len(wk), len(wk2))
print(repr(wk).startswith("<WeakKeyDictionary at 0x"))
print("end")
