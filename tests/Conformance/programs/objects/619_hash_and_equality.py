# __eq__ and __hash__: value objects as dict keys and set members, __eq__ without __hash__ (unhashable),
# identity-based defaults, NotImplemented from __eq__, and hash consistency across equal ints/floats.


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __repr__(self):
        return "P(%d,%d)" % (self.x, self.y)


pts = [Point(i % 3, i % 2) for i in range(12)]
unique = set(pts)
print(len(pts), len(unique), sorted(unique, key=lambda p: (p.x, p.y)))
counts = {}
for p in pts:
    counts[p] = counts.get(p, 0) + 1
print(sorted(counts.items(), key=lambda kv: (kv[0].x, kv[0].y)))
print(Point(1, 1) == Point(1, 1), Point(1, 1) is Point(1, 1), Point(1, 1) == (1, 1), Point(0, 0) != Point(0, 1))
print(Point(2, 3) in pts, Point(2, 1) in unique, pts.index(Point(2, 1)), pts.count(Point(0, 0)))


class NoHash:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, NoHash) and self.v == other.v


print(NoHash.__hash__, NoHash(1) == NoHash(1))
for action in [lambda: hash(NoHash(1)), lambda: {NoHash(1)}, lambda: {NoHash(2): 1}]:
    try:
        action()
    except TypeError as e:
        print("TypeError:", e)


class Identity:
    pass


a, b = Identity(), Identity()
print(a == a, a == b, a != b, len({a, b, a}), hash(a) == hash(a))


class Inherits(Point):
    pass


print(Inherits(1, 2) == Point(1, 2), hash(Inherits(1, 2)) == hash(Point(1, 2)), len({Inherits(1, 2), Point(1, 2)}))
print(hash(1) == hash(1.0) == hash(True), {1: "int", 1.0: "float", True: "bool"}, len({0, 0.0, False, -0.0}))
print(hash(-1) == hash(-2), hash((1, 2)) == hash((1, 2)), hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)))


class Caseless:
    def __init__(self, s):
        self.s = s

    def __eq__(self, other):
        return self.s.lower() == other.s.lower()

    def __hash__(self):
        return hash(self.s.lower())

    def __repr__(self):
        return self.s


names = [Caseless(n) for n in ["Ada", "ADA", "bob", "Bob", "carol"]]
print(len(set(names)), list(dict.fromkeys(names)))
