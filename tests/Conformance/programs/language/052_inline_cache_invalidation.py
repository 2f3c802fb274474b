# Attribute reads, stores and method calls from one place in the code, while the classes and
# instances they touch change under them: every result must follow the change at once.


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


def read_x(p):
    return p.x


def call_norm(p):
    return p.norm1()


def store_z(p, v):
    p.z = v


p = Point(1, 2)
for _ in range(3):
    print("read", read_x(p), "call", call_norm(p))

# A data descriptor added to the class later wins over the instance's own attribute.
Point.x = property(lambda self: "property x")
print("after property:", read_x(p))
del Point.x
print("after del property:", read_x(p))

# A method replaced on the class, then shadowed by an instance attribute.
Point.norm1 = lambda self: "replaced norm1"
print("replaced:", call_norm(p))
p.norm1 = lambda: "instance norm1"
print("instance attr:", call_norm(p))
del p.norm1
print("deleted instance attr:", call_norm(p))

# Instances of other classes at the same site (polymorphism), one with its own layout order.
class Other:
    def __init__(self):
        self.y = "other y"
        self.x = "other x"

    def norm1(self):
        return "Other.norm1"


for obj in [p, Other(), p, Other(), Point(5, 6)]:
    print(type(obj).__name__, read_x(obj), call_norm(obj))

# __getattribute__ and __getattr__ added after the site has specialized.
def getattribute(self, name):
    if name == "x":
        return "from __getattribute__"
    return object.__getattribute__(self, name)


Point.__getattribute__ = getattribute
print("getattribute:", read_x(p))
del Point.__getattribute__
print("back:", read_x(p))

# Stores: the first store adds the attribute, later ones replace it; __setattr__ added later intercepts.
q = Point(0, 0)
for v in range(3):
    store_z(q, v)
    print("z =", q.z, sorted(vars(q)))
r = Point(0, 0)
store_z(r, "fresh")
print("fresh z:", r.z, list(vars(r)))


def setattr_hook(self, name, value):
    object.__setattr__(self, name, ("hooked", value))


Point.__setattr__ = setattr_hook
store_z(q, 9)
print("hooked z:", q.z)
del Point.__setattr__
store_z(q, 10)
print("plain z:", q.z)

# An instance whose __dict__ was asked for keeps its attributes and reads them through the dict.
s = Point(7, 8)
d = s.__dict__
d["x"] = "set through __dict__"
print("dict read:", read_x(s), call_norm(Point(-3, 4)))

# Deleting an attribute changes the layout; reading it then fails as in CPython.
t = Point(1, 1)
del t.x
try:
    read_x(t)
except AttributeError as e:
    print("AttributeError:", e)
t.x = "back"
print("re-added:", read_x(t))

# Class attributes that are plain values, and a class attribute shadowed later by the instance.
class Config:
    limit = 10

    def get(self):
        return self.limit


c = Config()
print([c.get() for _ in range(3)])
Config.limit = 20
print(c.get())
c.limit = 30
print(c.get(), Config().get())

# Module attributes read at one site after the module's global changes.
import math

def pi_ish():
    return math.pi


print(round(pi_ish(), 5))
math.pi = 3
print(pi_ish())

# A method of a builtin class at a site that later sees a user class with a method of the same name.
def add(container, v):
    container.append(v)


class Bag:
    def __init__(self):
        self.items = []

    def append(self, v):
        self.items.append(v * 10)


items, bag = [], Bag()
for target in [items, items, bag, items, bag]:
    add(target, len(items) + len(bag.items))
print(items, bag.items)
