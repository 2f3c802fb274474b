# Python subclasses of OrderedDict, defaultdict and Counter: the LRU cache of the OrderedDict documentation,
# __init__ through super(), attributes of their own, overridden __getitem__/__setitem__/__missing__, reprs with the
# class's name, copies of the subclass's class, and what stays plain (Counter arithmetic gives Counter).
import copy
from collections import Counter, OrderedDict, defaultdict


class LastUpdated(OrderedDict):
    "Store items in the order the keys were last added"

    def __setitem__(self, key, value):
        super().__setitem__(key, value)
        self.move_to_end(key)


class LRU(OrderedDict):
    "Limit size, evicting the least recently looked-up key when full"

    def __init__(self, maxsize=2, *args, **kwds):
        self.maxsize = maxsize
        super().__init__(*args, **kwds)

    def __getitem__(self, key):
        value = super().__getitem__(key)
        self.move_to_end(key)
        return value

    def __setitem__(self, key, value):
        if key in self:
            self.move_to_end(key)
        super().__setitem__(key, value)
        if len(self) > self.maxsize:
            oldest = next(iter(self))
            del self[oldest]


u = LastUpdated(a=1, b=2)
u["a"] = 3
print(u, list(u), u.popitem(last=False), isinstance(u, dict), type(u.copy()).__name__)
cache = LRU(2)
cache["x"] = 1
cache["y"] = 2
print(cache["x"])
cache["z"] = 3
print(cache, cache.maxsize, vars(cache), "y" in cache, cache == OrderedDict([("x", 1), ("z", 3)]))
print(repr(LRU()), type(copy.copy(cache)).__name__, cache.copy(), cache.copy().maxsize)


class Tree(defaultdict):
    def __init__(self):
        super().__init__(Tree)

    def __repr__(self):
        return repr(dict(self))


t = Tree()
t["a"]["b"]["c"] = 1
t["a"]["d"] = 2
print(t, type(t["a"]).__name__, t.default_factory is Tree)


class Groups(defaultdict):
    pass


g = Groups(list, [("k", [0])])
g["k"].append(1)
g["m"].append(2)
g.note = "groups"
print(g, g.note, g.default_factory, type(g.copy()).__name__, g.copy(), Groups(None))


class Missing(defaultdict):
    def __missing__(self, key):
        return key * 2


m = Missing(int)
print(m["ab"], dict(m), m.get("zz"))


class Bag(Counter):
    def top(self):
        return self.most_common(1)[0][0]


b = Bag("abracadabra")
b.tag = 1
print(b, b.top(), b["zzz"], b.tag, type(b + Bag("a")).__name__, type(b.copy()).__name__, b.copy().total())


class Strict(Counter):
    def __missing__(self, key):
        raise KeyError(key)


s = Strict(x=2)
print(s["x"])
try:
    s["nope"]
except KeyError as e:
    print("KeyError", e)
try:
    OrderedDict()["none"]
except KeyError as e:
    print("KeyError", e)
