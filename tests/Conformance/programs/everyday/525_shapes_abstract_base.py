# An abstract-ish Shape base class with NotImplementedError, polymorphism, class registries and sorting.
import math

class Shape:
    registry = {}
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        Shape.registry[cls.__name__.lower()] = cls
    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must implement area()")
    def perimeter(self):
        raise NotImplementedError(f"{type(self).__name__} must implement perimeter()")
    def describe(self):
        return f"{self!r}: area={self.area():.3f} perimeter={self.perimeter():.3f}"
    def __lt__(self, other):
        return self.area() < other.area()
    def __eq__(self, other):
        return type(self) is type(other) and vars(self) == vars(other)
    def __hash__(self):
        return hash((type(self).__name__, tuple(sorted(vars(self).items()))))
    def scaled(self, k):
        params = {name: value * k for name, value in vars(self).items()}
        return type(self)(**params)

class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return math.pi * self.r ** 2
    def perimeter(self):
        return 2 * math.pi * self.r
    def __repr__(self):
        return f"Circle(r={self.r})"

class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
    def perimeter(self):
        return 2 * (self.w + self.h)
    def __repr__(self):
        return f"Rect({self.w}x{self.h})"

class Square(Rect):
    def __init__(self, side=None, w=None, h=None):
        side = side if side is not None else w
        super().__init__(side, side)
    def __repr__(self):
        return f"Square({self.w})"
    def scaled(self, k):
        return Square(self.w * k)

class Triangle(Shape):
    def __init__(self, a, b, c):
        if a + b <= c or a + c <= b or b + c <= a:
            raise ValueError(f"sides {a}, {b}, {c} do not make a triangle")
        self.a, self.b, self.c = a, b, c
    def perimeter(self):
        return self.a + self.b + self.c
    def area(self):
        s = self.perimeter() / 2
        return math.sqrt(s * (s - self.a) * (s - self.b) * (s - self.c))
    def __repr__(self):
        return f"Triangle({self.a}, {self.b}, {self.c})"

class Blob(Shape):
    def __repr__(self):
        return "Blob()"

shapes = [Circle(1), Rect(2, 3), Square(2), Triangle(3, 4, 5), Circle(0.5), Rect(1, 10)]
for s in shapes:
    print(s.describe())
print(sorted(Shape.registry))
print("by area:", sorted(shapes))
print("by perimeter:", sorted(shapes, key=lambda s: s.perimeter()))
print("largest:", max(shapes), "smallest:", min(shapes))
print("total area: %.4f" % sum(s.area() for s in shapes))
print([s.scaled(2) for s in shapes])
print(Square(2) == Square(2), Square(2) == Rect(2, 2), Rect(2, 2) == Rect(2, 2), len({Square(3), Square(3), Rect(3, 3)}))
for make in [lambda: Blob().describe(), lambda: Triangle(1, 2, 10), lambda: Shape.registry["circle"](2).describe(),
             lambda: Shape().area()]:
    try:
        print(make())
    except (NotImplementedError, ValueError) as e:
        print(type(e).__name__ + ":", e)
counts = {}
for s in shapes:
    for cls in type(s).__mro__:
        if cls not in (object, Shape):
            counts[cls.__name__] = counts.get(cls.__name__, 0) + 1
print(sorted(counts.items()))
print(isinstance(Square(1), Rect), issubclass(Square, Shape), Square.__bases__, [c.__name__ for c in Square.__mro__])
