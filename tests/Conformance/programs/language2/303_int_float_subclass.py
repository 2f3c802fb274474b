# int and float subclasses: __new__, overridden operators, inherited arithmetic returning plain values.

class Cents(int):
    def __new__(cls, amount):
        return super().__new__(cls, round(amount * 100))

    def __repr__(self):
        return f"${int(self) // 100}.{int(self) % 100:02d}"

    def __add__(self, other):
        return Cents((int(self) + int(other)) / 100)

    __radd__ = __add__


a = Cents(1.25)
b = Cents(0.80)
print(a, b, a + b, sum([a, b, Cents(3)]), type(a + b).__name__)
print(int(a), a * 2, type(a * 2).__name__, a - b, type(a - b).__name__)
print(a == 125, a > b, a < 200, sorted([a, b, Cents(0.5)]), max(a, b))
print(isinstance(a, int), a.bit_length(), -a, abs(b), a // 7, a % 7, divmod(a, 7))
print(hex(a), bin(b), f"{a:d}", f"{int(a):>6}", str(a), [10, 20, 30, 40][Cents(0.02)])
print(hash(a) == hash(125), {125: "found"}[a], bool(Cents(0)), bool(a))


class Flags(int):
    NAMES = ["read", "write", "exec"]

    def __or__(self, other):
        return Flags(int(self) | int(other))

    def __str__(self):
        return "|".join(n for i, n in enumerate(self.NAMES) if self & (1 << i)) or "none"


rw = Flags(1) | Flags(2)
print(rw, repr(rw), int(rw), type(rw).__name__, rw | 4, Flags(0))
print(rw & 2, type(rw & 2).__name__, rw << 1, rw == 3)


class Celsius(float):
    def __new__(cls, degrees):
        if degrees < -273.15:
            raise ValueError(f"below absolute zero: {degrees}")
        return super().__new__(cls, degrees)

    @property
    def fahrenheit(self):
        return self * 9 / 5 + 32

    def __repr__(self):
        return f"{float(self):.1f}C"


c = Celsius(36.6)
print(c, c.fahrenheit, c + 1, type(c + 1).__name__, round(c), round(c, 0), int(c))
print(c > 30, c == 36.6, sorted([Celsius(5), Celsius(-3), 2.5]), f"{c:.3f}", str(c))
print(isinstance(c, float), c.is_integer(), Celsius(4).is_integer(), float(c), type(float(c)).__name__)
try:
    Celsius(-300)
except ValueError as e:
    print("ValueError:", e)
print(c.hex() == float(c).hex(), -c, abs(Celsius(0)), c * 2, 10 - c)


class Score(int):
    pass


s = Score(7)
print(s, repr(s), s + 1, type(s + 1).__name__, type(s).__name__, Score(), Score("12"), Score("ff", 16))
s.note = "lucky"
print(s.note, vars(s), s == 7, s is s)
