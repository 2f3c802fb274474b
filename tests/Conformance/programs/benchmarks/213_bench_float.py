# Float objects in the style of pyperformance's bm_float: many small Point instances holding
# floats, normalized with math.sqrt, and folded into the component-wise maximum.
# The number of points is sys.argv[1]; the default is small.
import sys
from math import sin, cos, sqrt


class Point(object):
    __slots__ = ("x", "y", "z")

    def __init__(self, i):
        self.x = x = sin(i)
        self.y = cos(i) * 3
        self.z = (x * x) / 2

    def __repr__(self):
        return "<Point: x=%.9f, y=%.9f, z=%.9f>" % (self.x, self.y, self.z)

    def normalize(self):
        x = self.x
        y = self.y
        z = self.z
        norm = sqrt(x * x + y * y + z * z)
        self.x /= norm
        self.y /= norm
        self.z /= norm

    def maximize(self, other):
        self.x = self.x if self.x > other.x else other.x
        self.y = self.y if self.y > other.y else other.y
        self.z = self.z if self.z > other.z else other.z
        return self


def maximize(points):
    best = points[0]
    for p in points[1:]:
        best.maximize(p)
    return best


def benchmark(n):
    points = [None] * n
    for i in range(n):
        points[i] = Point(i)
    for p in points:
        p.normalize()
    return points, maximize(points)


n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
print("points", n)
for size in (n // 100, n // 10, n):
    points, best = benchmark(max(size, 1))
    print(size, best)
    print("  sum of x %.9f" % sum(p.x for p in points))
print("first three:", Point(0), Point(1), Point(2))
