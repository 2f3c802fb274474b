# Numbers built on float and int subclasses: units with arithmetic overrides and reflected operators.

class Meters(float):
    def __new__(cls, value):
        return super().__new__(cls, value)

    def __add__(self, other):
        if isinstance(other, Meters):
            return Meters(float(self) + float(other))
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, Meters):
            return Meters(float(self) - float(other))
        return NotImplemented

    def __mul__(self, k):
        if isinstance(k, Meters):
            return SquareMeters(float(self) * float(k))
        if isinstance(k, (int, float)):
            return Meters(float(self) * k)
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, other):
        if isinstance(other, Meters):
            return float(self) / float(other)
        return Meters(float(self) / other)

    def __repr__(self):
        return f"{float(self):g} m"


class SquareMeters(float):
    def __repr__(self):
        return f"{float(self):g} m2"


a, b = Meters(3), Meters(4.5)
print(a + b, b - a, a * 2, 2 * a, a * b, b / a, a / 2, sum([a, b], Meters(0)))
print(type(a + b).__name__, type(a * b).__name__, type(b / a).__name__, type(-a).__name__, -a, abs(Meters(-2)))
try:
    a + 1
except TypeError as e:
    print("TypeError:", e)
print(a < b, a == 3.0, sorted([b, a, Meters(0.5)]), max(a, b), round(b), f"{b:.2f}", int(b))
print(Meters(1) * Meters(1) * 2, isinstance(a * b, float), hash(a) == hash(3.0), {3.0: "three"}[a])


class Mod7(int):
    def __new__(cls, v):
        return super().__new__(cls, int(v) % 7)

    def __add__(self, o):
        return Mod7(int(self) + int(o))

    __radd__ = __add__

    def __mul__(self, o):
        return Mod7(int(self) * int(o))

    __rmul__ = __mul__

    def __pow__(self, e):
        return Mod7(pow(int(self), int(e), 7))

    def __neg__(self):
        return Mod7(-int(self))

    def __repr__(self):
        return f"{int(self)} (mod 7)"


x = Mod7(10)
print(x, x + 5, 5 + x, x * 4, 4 * x, x ** 6, -x, x - 1, type(x - 1).__name__)
print([Mod7(i) ** 3 for i in range(7)])
inverse = {int(v): [w for w in range(1, 7) if v * w == 1][0] for v in map(Mod7, range(1, 7))}
print(inverse, sum(map(Mod7, range(20))), sum(map(Mod7, range(20)), Mod7(0)))
