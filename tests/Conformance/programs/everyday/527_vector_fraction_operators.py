# Operator overloading: a 2D/3D Vector and a Fraction class with reflected, in-place and comparison operators.
import math

class Vector:
    def __init__(self, *components):
        self.c = tuple(components)
    def __repr__(self):
        return f"Vector{self.c}"
    def __len__(self):
        return len(self.c)
    def __iter__(self):
        return iter(self.c)
    def __getitem__(self, i):
        return self.c[i]
    def _check(self, other):
        if not isinstance(other, Vector):
            return False
        if len(other) != len(self):
            raise ValueError(f"dimension mismatch: {len(self)} vs {len(other)}")
        return True
    def __add__(self, other):
        if not self._check(other):
            return NotImplemented
        return Vector(*(a + b for a, b in zip(self, other)))
    def __sub__(self, other):
        if not self._check(other):
            return NotImplemented
        return Vector(*(a - b for a, b in zip(self, other)))
    def __mul__(self, k):
        if isinstance(k, Vector):
            self._check(k)
            return sum(a * b for a, b in zip(self, k))
        if isinstance(k, (int, float)):
            return Vector(*(a * k for a in self))
        return NotImplemented
    __rmul__ = __mul__
    def __truediv__(self, k):
        return Vector(*(a / k for a in self))
    def __neg__(self):
        return Vector(*(-a for a in self))
    def __pos__(self):
        return self
    def __abs__(self):
        return math.sqrt(sum(a * a for a in self))
    def __eq__(self, other):
        return isinstance(other, Vector) and self.c == other.c
    def __hash__(self):
        return hash(self.c)
    def __bool__(self):
        return any(self.c)
    def __matmul__(self, other):
        a1, a2, a3 = self
        b1, b2, b3 = other
        return Vector(a2 * b3 - a3 * b2, a3 * b1 - a1 * b3, a1 * b2 - a2 * b1)

v, w = Vector(1, 2, 3), Vector(4, 5, 6)
print(v + w, v - w, v * 2, 3 * v, v * w, v / 2, -v, +v, abs(Vector(3, 4)), v @ w)
print(v == Vector(1, 2, 3), v != w, bool(Vector(0, 0)), bool(v), len({v, Vector(1, 2, 3), w}))
u = v
u += w
print(u, v, u is v)
u *= 2
print(u)
for bad in [lambda: v + 1, lambda: v + Vector(1, 2), lambda: "s" * v, lambda: v @ Vector(1, 2)]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)

class Frac:
    __slots__ = ("n", "d")
    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError(f"Frac({n}, 0)")
        if d < 0:
            n, d = -n, -d
        g = gcd(n, d) or 1
        self.n, self.d = n // g, d // g
    @staticmethod
    def of(x):
        return x if isinstance(x, Frac) else Frac(x) if isinstance(x, int) else None
    def __repr__(self):
        return f"Frac({self.n}, {self.d})"
    def __str__(self):
        return f"{self.n}/{self.d}" if self.d != 1 else str(self.n)
    def __add__(self, o):
        o = Frac.of(o)
        return NotImplemented if o is None else Frac(self.n * o.d + o.n * self.d, self.d * o.d)
    __radd__ = __add__
    def __sub__(self, o):
        o = Frac.of(o)
        return NotImplemented if o is None else Frac(self.n * o.d - o.n * self.d, self.d * o.d)
    def __rsub__(self, o):
        o = Frac.of(o)
        return NotImplemented if o is None else o - self
    def __mul__(self, o):
        o = Frac.of(o)
        return NotImplemented if o is None else Frac(self.n * o.n, self.d * o.d)
    __rmul__ = __mul__
    def __truediv__(self, o):
        o = Frac.of(o)
        return NotImplemented if o is None else Frac(self.n * o.d, self.d * o.n)
    def __rtruediv__(self, o):
        o = Frac.of(o)
        return NotImplemented if o is None else o / self
    def __pow__(self, k):
        return Frac(self.n ** k, self.d ** k) if k >= 0 else Frac(self.d ** -k, self.n ** -k)
    def __eq__(self, o):
        o = Frac.of(o)
        return NotImplemented if o is None else (self.n, self.d) == (o.n, o.d)
    def __lt__(self, o):
        o = Frac.of(o)
        return NotImplemented if o is None else self.n * o.d < o.n * self.d
    def __le__(self, o):
        return self == o or self < o
    def __hash__(self):
        return hash((self.n, self.d))
    def __float__(self):
        return self.n / self.d
    def __int__(self):
        return int(self.n / self.d)
    def __round__(self, nd=None):
        return round(float(self), nd) if nd is not None else round(self.n / self.d)

a, b = Frac(1, 3), Frac(2, 4)
print(a, b, repr(b), a + b, a - b, a * b, a / b, a + 1, 1 + a, 2 - a, 3 * a, 1 / a, a ** 2, b ** -3)
print(a < b, a <= b, a > b, b >= a, a == Frac(2, 6), a == 1, Frac(4, 2) == 2, sorted([b, a, Frac(-1, 2), Frac(0)]))
print(float(a), int(Frac(7, 2)), round(Frac(7, 2)), round(Frac(5, 2)), round(Frac(2, 3), 3), Frac(3, -6))
h = sum([Frac(1, n) for n in range(1, 11)], Frac(0))
print("H10 =", h, float(h))
total = Frac(0)
for n in range(1, 8):
    total += Frac(1, n * (n + 1))
    print(n, total)
for bad in [lambda: Frac(1, 0), lambda: a + 0.5, lambda: a < "x"]:
    try:
        print(bad())
    except (ZeroDivisionError, TypeError) as e:
        print(type(e).__name__ + ":", e)
