# dict subclasses: __missing__, overridden __setitem__/__getitem__, super().__init__, attributes.

class Defaulting(dict):
    def __init__(self, factory, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.factory = factory
        self.misses = 0

    def __missing__(self, key):
        self.misses += 1
        value = self[key] = self.factory()
        return value


groups = Defaulting(list)
for word in ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]:
    groups[word[0]].append(word)
print(groups, groups.misses)
print(len(groups), sorted(groups), groups["a"], groups.get("z"), "z" in groups)
print(groups["z"], groups.misses, len(groups))

counts = Defaulting(int, a=5)
for ch in "abracadabra":
    counts[ch] += 1
print(sorted(counts.items()), counts.misses)


class LowerKeys(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

    def __getitem__(self, key):
        return super().__getitem__(key.lower())

    def __contains__(self, key):
        return super().__contains__(key.lower())


d = LowerKeys()
d["Name"] = "Ada"
d["LANG"] = "Python"
print(d, d["NAME"], d["lang"], "Lang" in d, "x" in d)
print(d.get("Name"), d.get("name"))
d.update({"MixedCase": 1})
print("update skips __setitem__:", d)
print(list(d.keys()), list(d.values()), list(d.items()))
print(dict(d), type(dict(d)).__name__, isinstance(d, dict))
print({**d, "extra": 2})
print(len(d), bool(d), d == {"name": "Ada", "lang": "Python", "MixedCase": 1})
del d["lang"]
print(d, d.pop("name"), d)


class Missing(dict):
    def __missing__(self, key):
        return f"<{key}>"


m = Missing(x=1)
print(m["x"], m["y"], m.get("y", "none"), len(m))
try:
    print(dict.__getitem__(m, "zz"))
except KeyError as e:
    print("KeyError", e)
print(m.setdefault("k", 0), m, m.copy(), type(m.copy()).__name__)
m.tag = "t"
print(m.tag, vars(m), "tag" in dir(m))
