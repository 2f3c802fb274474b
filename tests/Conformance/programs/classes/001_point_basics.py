# A textbook Point class: __init__, methods, __repr__/__str__, class attributes.
class Point:
    dimensions = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)

    def __str__(self):
        return "(" + str(self.x) + ", " + str(self.y) + ")"

    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)

    def move(self, dx, dy):
        self.x += dx
        self.y += dy

    def distance2(self, other):
        return (self.x - other.x) ** 2 + (self.y - other.y) ** 2

p = Point(1, 2)
q = Point(4, 6)
print(p, q)
print(repr(p), [p, q])
print(p.distance2(q), q.distance2(p))
r = p.moved(10, -1)
print(r, p)
p.move(3, 3)
print(p, p.x, p.y)
print(Point.dimensions, p.dimensions)
p.dimensions = 3
print(Point.dimensions, p.dimensions, q.dimensions)
Point.dimensions = 4
print(Point.dimensions, p.dimensions, q.dimensions)
print(type(p).__name__, type(p) is Point, isinstance(p, Point), isinstance(3, Point))
print(Point.__name__, Point.__qualname__, Point.__module__)
print(str(Point(0.5, -1.25)), repr(Point("a", None)))
points = [Point(i, i * i) for i in range(5)]
print(points)
print(sum([pt.y for pt in points]))
total = Point(0, 0)
for pt in points:
    total.move(pt.x, pt.y)
print(total)
print(Point.moved(q, 1, 1))
f = q.moved
print(f(2, 2), f(0, 0))
