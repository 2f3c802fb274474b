import math
from collections import namedtuple

class Vec(namedtuple('Vec', 'x y')):
    __slots__ = ()
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    def dot(self, o):
        return self.x * o.x + self.y * o.y
    def cross(self, o):
        return self.x * o.y - self.y * o.x
    def norm(self):
        return math.hypot(self.x, self.y)

Segment = namedtuple('Segment', 'a b')
Circle = namedtuple('Circle', ['center', 'radius'])

def polygon_area(points):
    total = 0
    for i in range(len(points)):
        total += points[i].cross(points[(i + 1) % len(points)])
    return abs(total) / 2

def convex_hull(points):
    pts = sorted(set(points))
    if len(pts) <= 2:
        return pts
    def half(seq):
        hull = []
        for p in seq:
            while len(hull) >= 2 and (hull[-1] - hull[-2]).cross(p - hull[-2]) <= 0:
                hull.pop()
            hull.append(p)
        return hull
    lower, upper = half(pts), half(reversed(pts))
    return lower[:-1] + upper[:-1]

square = [Vec(0, 0), Vec(4, 0), Vec(4, 4), Vec(0, 4)]
print(polygon_area(square), Vec(3, 4).norm(), Vec(1, 2) + Vec(3, 4), Vec(1, 2) * 3, Vec(1, 0).dot(Vec(0, 1)))
cloud = [Vec(x, y) for x, y in [(0, 0), (2, 1), (4, 0), (3, 3), (4, 4), (1, 2), (0, 4), (2, 2), (2, 5)]]
hull = convex_hull(cloud)
print(hull)
print(polygon_area(hull), len(hull), type(hull[0]).__name__)

def intersect(s, t):
    r, q = s.b - s.a, t.b - t.a
    denom = r.cross(q)
    if denom == 0:
        return None
    u = (t.a - s.a).cross(q) / denom
    v = (t.a - s.a).cross(r) / denom
    if 0 <= u <= 1 and 0 <= v <= 1:
        return Vec(s.a.x + u * r.x, s.a.y + u * r.y)
    return None

segs = [Segment(Vec(0, 0), Vec(4, 4)), Segment(Vec(0, 4), Vec(4, 0)), Segment(Vec(5, 5), Vec(6, 9)), Segment(Vec(0, 1), Vec(4, 5))]
for i in range(len(segs)):
    for j in range(i + 1, len(segs)):
        print(i, j, intersect(segs[i], segs[j]))

c = Circle(Vec(1, 1), 2)
for p in [Vec(1, 1), Vec(3, 1), Vec(3, 3)]:
    print(p, (p - c.center).norm() <= c.radius)
print(c, c._replace(radius=5), c.center.x)
print(sorted(cloud, key=lambda p: (p.norm(), p))[:4])
print({Vec(1, 2): 'a'}[(1, 2)], Vec(1, 2) == (1, 2), Vec._fields, Vec(*Vec(7, 8)))
