# One call site, many classes: area and perimeter of a mixed list of shapes.
import math


class Shape:
    sides = 0

    def describe(self):
        return "%s with %d sides, area %.3f, perimeter %.3f" % (
            type(self).__name__, self.sides, self.area(), self.perimeter())


class Rect(Shape):
    sides = 4

    def __init__(self, w, h):
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)


class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)


class Circle(Shape):
    def __init__(self, r):
        self.r = r

    def area(self):
        return math.pi * self.r ** 2

    def perimeter(self):
        return 2 * math.pi * self.r


class Triangle(Shape):
    sides = 3

    def __init__(self, a, b, c):
        self.a, self.b, self.c = a, b, c

    def perimeter(self):
        return self.a + self.b + self.c

    def area(self):
        s = self.perimeter() / 2
        return math.sqrt(s * (s - self.a) * (s - self.b) * (s - self.c))


shapes = []
for i in range(1, 13):
    kind = i % 4
    if kind == 0:
        shapes.append(Rect(i, i + 1))
    elif kind == 1:
        shapes.append(Square(i))
    elif kind == 2:
        shapes.append(Circle(i / 2))
    else:
        shapes.append(Triangle(i, i + 1, i + 2))

for s in shapes:
    print(s.describe())

total = 0.0
for _ in range(200):
    for s in shapes:
        total += s.area()
print("total area x200: %.4f" % total)
by_kind = {}
for s in shapes:
    by_kind.setdefault(type(s).__name__, []).append(round(s.perimeter(), 2))
for name in sorted(by_kind):
    print(name, by_kind[name])
print(sorted(shapes, key=lambda s: s.area())[0].describe())
print(max(shapes, key=lambda s: s.perimeter()).describe())
