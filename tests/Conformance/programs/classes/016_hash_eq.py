# __hash__ and __eq__: dict keys, sets, unhashable classes, hash inheritance.
class Key:
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def __eq__(self, other):
        return isinstance(other, Key) and (self.a, self.b) == (other.a, other.b)

    def __hash__(self):
        return hash((self.a, self.b))

    def __repr__(self):
        return "Key(%r, %r)" % (self.a, self.b)

d = {Key(1, 2): "x", Key(3, 4): "y"}
print(d[Key(1, 2)], Key(3, 4) in d, Key(5, 6) in d)
d[Key(1, 2)] = "z"
print(len(d), d[Key(1, 2)])
s = {Key(1, 1), Key(1, 1), Key(2, 2)}
print(len(s), Key(2, 2) in s)
print(hash(Key(1, 2)) == hash(Key(1, 2)), hash(Key(1, 2)) == hash((1, 2)))

class EqOnly:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v

print(EqOnly.__hash__)
try:
    hash(EqOnly(1))
except TypeError as e:
    print("TypeError:", e)
try:
    {EqOnly(1): 1}
except TypeError as e:
    print("TypeError:", e)
print(EqOnly(1) == EqOnly(1), EqOnly(1) != EqOnly(2))

class Plain:
    pass

p = Plain()
print(hash(p) == hash(p), p in {p}, {p: 1}[p])

class ChildKey(Key):
    pass

print(hash(ChildKey(1, 2)) == hash(Key(1, 2)), ChildKey(1, 2) == Key(1, 2))

class Unhashable(Key):
    __hash__ = None

try:
    hash(Unhashable(0, 0))
except TypeError as e:
    print("TypeError:", e)

class BigHash:
    def __hash__(self):
        return 2 ** 70

print(hash(BigHash()) == hash(2 ** 70))

class BadHash:
    def __hash__(self):
        return "nope"

try:
    hash(BadHash())
except TypeError as e:
    print("TypeError:", e)
counts = {}
for k in [Key(1, 0), Key(0, 1), Key(1, 0), Key(1, 0)]:
    counts[k] = counts.get(k, 0) + 1
print(counts)
