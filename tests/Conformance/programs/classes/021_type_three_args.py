# type(name, bases, dict): classes made at run time, with methods, bases and class attributes.
def init(self, name):
    self.name = name

def hello(self):
    return "hello from " + self.name

Greeter = type("Greeter", (), {"__init__": init, "hello": hello, "kind": "greeter"})
g = Greeter("g1")
print(g.hello(), g.kind, type(g).__name__, Greeter.__name__, Greeter.__bases__)
print(isinstance(g, Greeter), type(g) is Greeter)

Loud = type("Loud", (Greeter,), {"hello": lambda self: Greeter.hello(self).upper() + "!"})
l = Loud("l1")
print(l.hello(), l.kind, [c.__name__ for c in Loud.__mro__])

def make_point_class(fields):
    def __init__(self, *values):
        for f, v in zip(fields, values):
            setattr(self, f, v)

    def __repr__(self):
        return "P(" + ", ".join(["%s=%r" % (f, getattr(self, f)) for f in fields]) + ")"

    return type("P", (object,), {"__init__": __init__, "__repr__": __repr__, "fields": fields})

P2 = make_point_class(["x", "y"])
P3 = make_point_class(["x", "y", "z"])
print(P2(1, 2), P3(1, 2, 3), P2.fields, P2 is P3)
print(type(P2), type(type), type(3), type("s"), type(None).__name__, type(type(3)))

counter = {"n": 0}
def count(self):
    counter["n"] += 1
    return counter["n"]
Counted = type("Counted", (), {"count": count})
c = Counted()
print(c.count(), c.count(), Counted().count())
Counted.extra = 5
print(c.extra, Counted.extra)
try:
    type("Bad", (3,), {})
except TypeError as e:
    print("TypeError:", e)
try:
    type("Bad", (), [])
except TypeError as e:
    print("TypeError:", e)
try:
    type(1, 2)
except TypeError as e:
    print("TypeError:", e)
