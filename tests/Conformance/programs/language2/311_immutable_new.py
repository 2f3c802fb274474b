# __new__ on immutable builtins: validation, caching of instances, alternative constructors.

class Rgb(tuple):
    _cache = {}

    def __new__(cls, r, g, b):
        for c in (r, g, b):
            if not 0 <= c <= 255:
                raise ValueError(f"component out of range: {c}")
        key = (r, g, b)
        if key in cls._cache:
            return cls._cache[key]
        obj = super().__new__(cls, key)
        cls._cache[key] = obj
        return obj

    @classmethod
    def from_hex(cls, text):
        text = text.lstrip("#")
        return cls(*(int(text[i:i + 2], 16) for i in (0, 2, 4)))

    def hex(self):
        return "#" + "".join(f"{c:02x}" for c in self)

    def __repr__(self):
        return f"Rgb{tuple(self)}"

    def blend(self, other, t=0.5):
        return Rgb(*(round(a + (b - a) * t) for a, b in zip(self, other)))


red = Rgb(255, 0, 0)
print(red, red.hex(), Rgb.from_hex("#00ff80"), Rgb(255, 0, 0) is red, len(Rgb._cache))
print(red.blend(Rgb(0, 0, 255)), red.blend(Rgb(0, 0, 255), 0.25), sorted([Rgb(3, 2, 1), Rgb(1, 2, 3)]))
try:
    Rgb(300, 0, 0)
except ValueError as e:
    print("ValueError:", e)


class Percent(float):
    def __new__(cls, value):
        if isinstance(value, str):
            value = float(value.rstrip("%")) / 100
        return super().__new__(cls, value)

    def __str__(self):
        return f"{self * 100:.1f}%"

    def __repr__(self):
        return f"Percent({float(self)!r})"


p = Percent("12.5%")
q = Percent(0.5)
print(p, q, repr(p), p + q, type(p + q).__name__, str(Percent(p)), f"{p:.3f}", p < q, max(p, q))


class Symbol(str):
    _interned = {}

    def __new__(cls, name):
        if name not in cls._interned:
            cls._interned[name] = super().__new__(cls, name.lower())
        return cls._interned[name]

    def __repr__(self):
        return ":" + self


a = Symbol("Alpha")
print(a, repr(a), Symbol("Alpha") is a, [Symbol("x"), Symbol("Y")], a == "alpha", a.upper(), len(Symbol._interned))


class Nat(int):
    def __new__(cls, value=0):
        value = int(value)
        if value < 0:
            raise ValueError("natural numbers are >= 0")
        return super().__new__(cls, value)

    def __sub__(self, other):
        return Nat(max(0, int(self) - int(other)))

    def __repr__(self):
        return f"Nat({int(self)})"


n = Nat("7")
print(n, n - 10, n - 3, n + 1, type(n + 1).__name__, Nat(), [Nat(i) for i in range(3)], sum([Nat(2), Nat(3)]))
try:
    Nat(-1)
except ValueError as e:
    print("ValueError:", e)
print(isinstance(n, int), int.__add__(n, 5), divmod(n, 2), pow(n, 2), 10 // n)
