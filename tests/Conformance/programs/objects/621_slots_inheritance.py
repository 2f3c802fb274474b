# __slots__: no __dict__ unless a class in the MRO has one, slots inherited and extended, '__dict__' in
# __slots__, default values through class attributes of other names, and the errors CPython raises.


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Point3(Point):
    __slots__ = ("z",)

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


class Tagged(Point):
    # No __slots__ here: instances get a __dict__ again.
    pass


class Flexible:
    __slots__ = ("a", "__dict__")


p, q, t = Point(1, 2), Point3(1, 2, 3), Tagged(5, 6)
print(p.x + p.y, q.x + q.y + q.z, hasattr(p, "__dict__"), hasattr(q, "__dict__"), hasattr(t, "__dict__"))
for obj, name in [(p, "z"), (q, "w")]:
    try:
        setattr(obj, name, 1)
    except AttributeError as e:
        print("AttributeError:", e)
t.label = "tagged"
print(t.label, vars(t), t.x)
f = Flexible()
f.a = 1
f.b = 2
print(f.a, f.b, vars(f))
try:
    Point(1, 2).__dict__
except AttributeError as e:
    print("AttributeError:", e)

e = Point.__new__(Point)
try:
    e.x
except AttributeError as err:
    print("AttributeError:", err)
e.x = 10
del e.x
print(hasattr(e, "x"))
try:
    del e.y
except AttributeError as err:
    print("AttributeError:", err)
print(sorted(Point.__slots__), Point3.__slots__)


class Weighted:
    __slots__ = ("value", "weight")
    unit = "kg"

    def __init__(self, value, weight=1):
        self.value, self.weight = value, weight

    def total(self):
        return "%d %s" % (self.value * self.weight, self.unit)


items = [Weighted(i, i % 3 + 1) for i in range(6)]
print([w.total() for w in items], sum(w.value * w.weight for w in items))
try:
    items[0].unit = "lb"
except AttributeError as err:
    print("AttributeError:", err)
try:
    class Bad:
        __slots__ = ("a",)
        a = 1
except ValueError as err:
    print("ValueError:", err)
