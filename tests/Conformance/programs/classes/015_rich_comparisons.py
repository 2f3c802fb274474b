# Rich comparisons: NotImplemented, reflection, subclass priority, sorting with __lt__, errors.
class Version:
    def __init__(self, text):
        self.parts = [int(p) for p in text.split(".")]
        self.text = text

    def __repr__(self):
        return "V" + self.text

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts

    def __le__(self, other):
        return self == other or self < other

vs = [Version("1.10"), Version("1.2"), Version("0.9.9"), Version("1.2.0"), Version("2")]
print(sorted(vs))
print(max(vs), min(vs))
print(Version("1.2") < Version("1.10"), Version("1.2") > Version("1.10"), Version("3") >= Version("2.9"))
print(Version("1.2") == Version("1.2"), Version("1.2") != Version("1.2"), Version("1") == "1")
try:
    print(Version("1") < 5)
except TypeError as e:
    print("TypeError:", e)

class Loud:
    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        print("  %s.__eq__(%s)" % (self.name, getattr(other, "name", other)))
        return NotImplemented

    def __lt__(self, other):
        print("  %s.__lt__" % self.name)
        return NotImplemented

    def __gt__(self, other):
        print("  %s.__gt__" % self.name)
        return True

class LouderChild(Loud):
    def __gt__(self, other):
        print("  child %s.__gt__" % self.name)
        return False

a, b = Loud("a"), Loud("b")
print(a == b)
print(a == a)
print(a < b)
c = LouderChild("c")
print(a < c)
print(c > a)

class Money:
    def __init__(self, cents):
        self.cents = cents

    def __eq__(self, other):
        if isinstance(other, Money):
            return self.cents == other.cents
        if isinstance(other, int):
            return self.cents == other * 100
        return NotImplemented

    def __hash__(self):
        return hash(self.cents)

print(Money(500) == 5, 5 == Money(500), Money(500) == Money(500), Money(1) != Money(2))
print([Money(100) == x for x in [1, 2, Money(100), "1"]])
print(len({Money(1), Money(1), Money(2)}))

class Only:
    pass

try:
    Only() < Only()
except TypeError as e:
    print("TypeError:", e)
o = Only()
print(o == o, o != o, Only() == Only())
