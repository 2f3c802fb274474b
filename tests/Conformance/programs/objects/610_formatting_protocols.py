# __repr__, __str__ and __format__: how print, str(), repr(), f-strings, format() and %-formatting pick them.


class Money:
    def __init__(self, cents, currency="EUR"):
        self.cents = cents
        self.currency = currency

    def __repr__(self):
        return "Money(%d, %r)" % (self.cents, self.currency)

    def __str__(self):
        return "%d.%02d %s" % (self.cents // 100, self.cents % 100, self.currency)

    def __format__(self, spec):
        if spec == "short":
            return "%s%d" % ("€" if self.currency == "EUR" else "$", self.cents // 100)
        if spec.endswith("c"):
            return format(self.cents, spec[:-1] + "d")
        return format(str(self), spec)


m = Money(123456)
print(m)
print(repr(m), str(m), [m], (m,), {"k": m})
print(f"{m}|{m!r}|{m!s}|{m:short}|{m:>20}|{m:*^22}|{m:10c}|{m:,c}")
print(format(m, "short"), format(m), "{0} / {0!r} / {0:short}".format(m))
print("%s and %r" % (m, m))


class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"


o = OnlyRepr()
print(o, str(o), f"{o}", format(o, ""), "%s" % o)
try:
    format(o, "x")
except TypeError as e:
    print("TypeError:", e)


class Plain:
    pass


p = Plain()
print(str(p) == repr(p), repr(p).startswith("<__main__.Plain object at "))


class Temperature:
    def __init__(self, c):
        self.c = c

    def __format__(self, spec):
        unit = spec[-1] if spec and spec[-1] in "CF" else "C"
        number_spec = spec[:-1] if spec and spec[-1] in "CF" else spec
        value = self.c if unit == "C" else self.c * 9 / 5 + 32
        return format(value, number_spec or ".1f") + "°" + unit


for t in [Temperature(-40.0), Temperature(21.5), Temperature(100.0)]:
    print(f"{t} {t:F} {t:.3C} {t:08.2F}")
rows = [("widget", Money(250)), ("gizmo", Money(1999, "USD"))]
for name, price in rows:
    print(f"{name:<10}{price:>15} {price:short}")
