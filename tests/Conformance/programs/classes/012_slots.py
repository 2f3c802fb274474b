# __slots__: fixed attributes, errors for others, inheritance with and without slots.
class Pixel:
    __slots__ = ("x", "y", "color")

    def __init__(self, x, y, color="black"):
        self.x = x
        self.y = y
        self.color = color

    def __repr__(self):
        return "Pixel(%d, %d, %s)" % (self.x, self.y, self.color)

p = Pixel(1, 2)
print(p, p.color)
p.color = "red"
print(p)
try:
    p.alpha = 0.5
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(p, "__dict__"), Pixel.__slots__)
del p.color
try:
    print(p.color)
except AttributeError as e:
    print("AttributeError:", e)
p.color = "blue"
print(p)
try:
    vars(p)
except TypeError as e:
    print("TypeError:", e)

class Pixel3D(Pixel):
    __slots__ = ("z",)

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

q = Pixel3D(1, 2, 3)
print(q, q.z)
try:
    q.w = 1
except AttributeError as e:
    print("AttributeError:", e)

class Loose(Pixel):
    pass

l = Loose(5, 6)
l.extra = "fine"
print(l, l.extra, hasattr(l, "__dict__"), vars(l))

class Single:
    __slots__ = "only"

s = Single()
try:
    s.only
except AttributeError as e:
    print("AttributeError:", e)
s.only = 1
print(s.only)

try:
    class Clash:
        __slots__ = ("a",)
        a = 5
except ValueError as e:
    print("ValueError:", e)

class WithDict:
    __slots__ = ("a", "__dict__")

w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.b, vars(w))
