# Class attributes versus instance attributes: shadowing, shared mutable defaults, deletion, lookup order.
class Config:
    debug = False
    tags = []
    limits = {"max": 10}

    def __init__(self, name):
        self.name = name

a = Config("a")
b = Config("b")
print(a.debug, b.debug, Config.debug)
a.debug = True
print(a.debug, b.debug, Config.debug)
del a.debug
print(a.debug)
try:
    del a.debug
except AttributeError as e:
    print("AttributeError:", e)
a.tags.append("shared")
print(b.tags, Config.tags, a.tags is b.tags)
b.tags = ["own"]
print(a.tags, b.tags, Config.tags)
Config.limits["max"] = 20
print(a.limits, b.limits)
Config.debug = "changed"
print(a.debug, b.debug)
print(sorted(vars(a)), sorted(vars(b)))
print("name" in vars(a), "debug" in vars(a), "debug" in Config.__dict__)

class Base:
    x = "base x"
    y = "base y"

class Child(Base):
    x = "child x"

c = Child()
print(c.x, c.y, Child.x, Child.y, Base.x)
Base.y = "new base y"
print(c.y, Child.y)
Child.y = "child y"
print(c.y, Base.y)
del Child.y
print(c.y)
try:
    del Child.z
except AttributeError as e:
    print("AttributeError:", e)
try:
    Child.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    c.missing
except AttributeError as e:
    print("AttributeError:", e)

class Tally:
    total = 0

    def __init__(self, n):
        self.n = n
        Tally.total += n
        self.running = Tally.total

items = [Tally(i) for i in range(1, 6)]
print([t.running for t in items], Tally.total)
t = items[0]
t.total = -1
print(t.total, Tally.total, items[1].total)
print(getattr(Config, "debug"), getattr(a, "name"), getattr(a, "zzz", None))
setattr(Config, "added", 1)
print(a.added, hasattr(b, "added"))
delattr(Config, "added")
print(hasattr(a, "added"))
