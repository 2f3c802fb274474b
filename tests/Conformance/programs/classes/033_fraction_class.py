# A Fraction class with normalization, arithmetic with ints, comparisons, hashing and conversions.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)

class Frac:
    def __init__(self, num, den=1):
        if den == 0:
            raise ZeroDivisionError("Frac(%d, 0)" % num)
        if den < 0:
            num, den = -num, -den
        g = gcd(num, den) or 1
        self.num = num // g
        self.den = den // g

    def _coerce(other):
        if isinstance(other, Frac):
            return other
        if isinstance(other, int):
            return Frac(other)
        return None
    _coerce = staticmethod(_coerce)

    def __add__(self, other):
        o = Frac._coerce(other)
        if o is None:
            return NotImplemented
        return Frac(self.num * o.den + o.num * self.den, self.den * o.den)

    __radd__ = __add__

    def __sub__(self, other):
        o = Frac._coerce(other)
        if o is None:
            return NotImplemented
        return Frac(self.num * o.den - o.num * self.den, self.den * o.den)

    def __rsub__(self, other):
        return Frac._coerce(other) - self

    def __mul__(self, other):
        o = Frac._coerce(other)
        if o is None:
            return NotImplemented
        return Frac(self.num * o.num, self.den * o.den)

    __rmul__ = __mul__

    def __truediv__(self, other):
        o = Frac._coerce(other)
        return Frac(self.num * o.den, self.den * o.num)

    def __neg__(self):
        return Frac(-self.num, self.den)

    def __eq__(self, other):
        o = Frac._coerce(other)
        return o is not None and self.num == o.num and self.den == o.den

    def __lt__(self, other):
        o = Frac._coerce(other)
        return self.num * o.den < o.num * self.den

    def __hash__(self):
        return hash((self.num, self.den))

    def __float__(self):
        return self.num / self.den

    def __int__(self):
        return self.num // self.den

    def __repr__(self):
        return "%d/%d" % (self.num, self.den) if self.den != 1 else "%d" % self.num

h = Frac(1, 2)
t = Frac(1, 3)
print(h + t, h - t, h * t, h / t, -h, t - 1, 1 - t, 2 * t, t * 3)
print(Frac(6, -8), Frac(0, 5), Frac(10, 5))
print(h == Frac(2, 4), h == 1, Frac(4, 2) == 2, h != t, h > t, t < h)
print(sorted([Frac(3, 4), Frac(1, 8), h, Frac(5, 6), Frac(1)]))
print(float(Frac(3, 8)), int(Frac(7, 2)), int(Frac(-7, 2)))
total = Frac(0)
for k in range(1, 7):
    total = total + Frac(1, k * (k + 1))
print(total, sum([Frac(1, 2 ** k) for k in range(1, 8)]))
print(len({Frac(1, 2), Frac(2, 4), Frac(3, 6), Frac(1, 3)}))
try:
    Frac(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    h + "x"
except TypeError as e:
    print("TypeError:", e)
