# A 2-D vector with arithmetic operators, reflected and in-place forms, unary ops and equality.
class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return "Vector(%s, %s)" % (self.x, self.y)

    def __add__(self, other):
        if isinstance(other, Vector):
            return Vector(self.x + other.x, self.y + other.y)
        return NotImplemented

    def __sub__(self, other):
        if isinstance(other, Vector):
            return Vector(self.x - other.x, self.y - other.y)
        return NotImplemented

    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vector(self.x * k, self.y * k)
        if isinstance(k, Vector):
            return self.x * k.x + self.y * k.y
        return NotImplemented

    def __rmul__(self, k):
        print("  (rmul)")
        return self * k

    def __truediv__(self, k):
        return Vector(self.x / k, self.y / k)

    def __neg__(self):
        return Vector(-self.x, -self.y)

    def __pos__(self):
        return Vector(self.x, self.y)

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __eq__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        return self.x == other.x and self.y == other.y

    def __iadd__(self, other):
        print("  (iadd)")
        self.x += other.x
        self.y += other.y
        return self

a = Vector(1, 2)
b = Vector(3, 4)
print(a + b, a - b, b - a)
print(a * 3, 3 * a, a * b)
print(b / 2, -a, +b, abs(b))
print(a == Vector(1, 2), a == b, a != b, a != Vector(1, 2))
print(a == 5, 5 == a, a != "x")
c = a
c += b
print(c, a, c is a)
d = Vector(0, 0)
e = d
d = d - b
print(d, e, d is e)
for bad in ["s", None]:
    try:
        print(a + bad)
    except TypeError as err:
        print("TypeError:", err)
try:
    print("s" - a)
except TypeError as err:
    print("TypeError:", err)
try:
    print(a @ b)
except TypeError as err:
    print("TypeError:", err)
total = Vector(0, 0)
for v in [Vector(1, 1), Vector(2, 3), Vector(-1, 5)]:
    total = total + v
print(total, 2.5 * total)
print([v * 2 for v in [a, b]])
print(sum([1, 2, 3]), abs(Vector(3, 4)) == 5.0)
