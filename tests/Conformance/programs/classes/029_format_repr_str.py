# __repr__, __str__ and __format__ in print, str(), repr(), %-formatting, f-strings and format().
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
            return "%d%s" % (self.cents // 100, self.currency[0])
        if spec == "":
            return str(self)
        return format(self.cents / 100, spec)

m = Money(12345)
print(m)
print(str(m), repr(m))
print([m], (m,), {"k": m})
print("%s | %r" % (m, m))
print(f"{m} {m!r} {m:short} {m:.1f} {m:>10.2f}")
print(format(m, "short"), format(m), "{} {:short} {!r}".format(m, m, m))

class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"

class OnlyStr:
    def __str__(self):
        return "only-str"

o = OnlyRepr()
print(o, str(o), repr(o), f"{o}", [o])
s = OnlyStr()
print(s, str(s), f"{s}", "%s" % s)
print(repr(s).startswith("<__main__.OnlyStr object at"))

class Base:
    def __repr__(self):
        return type(self).__name__ + "()"

class Derived(Base):
    pass

print(Base(), Derived(), [Derived(), Base()])

class BadRepr:
    def __repr__(self):
        return 42

try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)

class BadStr:
    def __str__(self):
        return None

try:
    str(BadStr())
except TypeError as e:
    print("TypeError:", e)
try:
    format(OnlyRepr(), "x")
except TypeError as e:
    print("TypeError:", e)
print(format(OnlyRepr(), ""), "{0}".format(OnlyStr()))

class Temp:
    def __init__(self, deg):
        self.deg = deg

    def __format__(self, spec):
        unit = spec[-1] if spec else "C"
        value = self.deg if unit == "C" else self.deg * 9 / 5 + 32
        return "%.1f%s" % (value, unit)

t = Temp(21.5)
print(f"{t} {t:F} {t:C}", "{:F}".format(t))
