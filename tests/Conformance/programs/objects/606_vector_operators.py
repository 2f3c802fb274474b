# Operator overloading: arithmetic, reflected and in-place forms, unary ops, abs, bool, equality and hashing.


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return "Vec(%r, %r)" % (self.x, self.y)

    def __add__(self, other):
        if isinstance(other, Vec):
            return Vec(self.x + other.x, self.y + other.y)
        return NotImplemented

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vec(self.x * k, self.y * k)
        if isinstance(k, Vec):
            return self.x * k.x + self.y * k.y
        return NotImplemented

    __rmul__ = __mul__

    def __iadd__(self, other):
        self.x += other.x
        self.y += other.y
        return self

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __bool__(self):
        return bool(self.x or self.y)

    def __eq__(self, other):
        return isinstance(other, Vec) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))


a, b = Vec(3, 4), Vec(1, -2)
print(a + b, a - b, a * 2, 3 * a, a * b, -a, abs(a))
print(bool(Vec(0, 0)), bool(b), a == Vec(3, 4), a != b, a == (3, 4))
c = a
c += b
print(c, a, c is a)
try:
    a + 1
except TypeError as e:
    print("TypeError:", e)
try:
    "s" * a
except TypeError as e:
    print("TypeError:", e)
print(len({Vec(1, 1), Vec(1, 1), Vec(2, 1)}), {Vec(0, 1): "up"}[Vec(0, 1)])
try:
    a.z = 1
except AttributeError as e:
    print("AttributeError:", e)
path = [Vec(i, i * i) for i in range(6)]
pos = Vec(0, 0)
for step in path:
    pos += step
print(pos, sum((v * v for v in path)), max(path, key=abs))
