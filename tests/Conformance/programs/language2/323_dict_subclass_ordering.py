# dict subclasses that keep extra structure: an LRU cache, a two-way map, and a dict with default factories.

class LRU(dict):
    def __init__(self, capacity):
        super().__init__()
        self.capacity = capacity
        self.evicted = []

    def __getitem__(self, key):
        value = super().__getitem__(key)
        super().__delitem__(key)
        super().__setitem__(key, value)
        return value

    def __setitem__(self, key, value):
        if key in self:
            super().__delitem__(key)
        elif len(self) >= self.capacity:
            oldest = next(iter(self))
            self.evicted.append(oldest)
            super().__delitem__(oldest)
        super().__setitem__(key, value)


cache = LRU(3)
for k in "abc":
    cache[k] = k.upper()
print(cache, list(cache))
print(cache["a"], list(cache))
cache["d"] = "D"
cache["b"] = "B2"
print(cache, cache.evicted, len(cache), "c" in cache)
cache["e"] = "E"
print(list(cache.items()), cache.evicted, cache.get("a"), list(cache))


class BiMap(dict):
    def __init__(self, pairs=()):
        super().__init__()
        self.inverse = {}
        for k, v in pairs:
            self[k] = v

    def __setitem__(self, key, value):
        if key in self:
            del self.inverse[super().__getitem__(key)]
        if value in self.inverse:
            raise ValueError(f"value {value!r} already mapped from {self.inverse[value]!r}")
        super().__setitem__(key, value)
        self.inverse[value] = key

    def __delitem__(self, key):
        del self.inverse[self[key]]
        super().__delitem__(key)


codes = BiMap([("one", 1), ("two", 2), ("three", 3)])
print(codes, codes.inverse, codes.inverse[2])
codes["two"] = 22
del codes["one"]
print(codes, codes.inverse)
try:
    codes["four"] = 3
except ValueError as e:
    print("ValueError:", e)
print(sorted(codes.items(), key=lambda kv: kv[1]), dict(codes) == {"two": 22, "three": 3})


class Registry(dict):
    factories = {"list": list, "set": set, "count": int}

    def __missing__(self, key):
        kind, _, name = key.partition(":")
        if kind not in self.factories:
            raise KeyError(key)
        value = self[key] = self.factories[kind]()
        return value


reg = Registry()
reg["list:todo"].append("write")
reg["list:todo"].append("test")
reg["set:tags"].update({"x"})
reg["count:hits"] += 5
print(sorted(reg.items()))
try:
    reg["bad:thing"]
except KeyError as e:
    print("KeyError:", e)
print(len(reg), reg.get("list:none"), "list:none" in reg, list(reg), reg.pop("count:hits"), len(reg))
