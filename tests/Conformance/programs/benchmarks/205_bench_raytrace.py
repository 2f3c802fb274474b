# A small ray tracer in the style of pyperformance's bm_raytrace: vector and ray classes with
# operator overloading, spheres and a plane, diffuse shading, rendered as ASCII shades.
# The image is rendered sys.argv[1] times finer in each direction (the default: 1); the ASCII
# picture shows the same samples at every scale, the total brightness sums them all.
import math
import sys


class Vector:
    def __init__(self, x, y, z):
        self.x, self.y, self.z = x, y, z

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y, self.z + other.z)

    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y, self.z - other.z)

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k, self.z * k)

    __rmul__ = __mul__

    def dot(self, other):
        return self.x * other.x + self.y * other.y + self.z * other.z

    def magnitude(self):
        return math.sqrt(self.dot(self))

    def normalized(self):
        m = self.magnitude()
        return Vector(self.x / m, self.y / m, self.z / m)

    def __repr__(self):
        return "Vector(%.3f, %.3f, %.3f)" % (self.x, self.y, self.z)


class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction.normalized()

    def point_at(self, t):
        return self.origin + self.direction * t


class Sphere:
    def __init__(self, centre, radius, shade):
        self.centre, self.radius, self.shade = centre, radius, shade

    def intersect(self, ray):
        cp = self.centre - ray.origin
        v = cp.dot(ray.direction)
        discriminant = self.radius * self.radius - (cp.dot(cp) - v * v)
        if discriminant < 0:
            return None
        return v - math.sqrt(discriminant)

    def normal_at(self, p):
        return (p - self.centre).normalized()


class Plane:
    def __init__(self, point, normal, shade):
        self.point, self.normal, self.shade = point, normal.normalized(), shade

    def intersect(self, ray):
        d = ray.direction.dot(self.normal)
        if abs(d) < 1e-9:
            return None
        t = (self.point - ray.origin).dot(self.normal) / d
        return t if t > 0 else None

    def normal_at(self, p):
        return self.normal


class Scene:
    def __init__(self, objects, light):
        self.objects = objects
        self.light = light

    def nearest(self, ray):
        best, best_t = None, float("inf")
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and 1e-6 < t < best_t:
                best, best_t = obj, t
        return best, best_t

    def brightness(self, ray):
        obj, t = self.nearest(ray)
        if obj is None:
            return 0.0
        p = ray.point_at(t)
        to_light = (self.light - p).normalized()
        shadow_obj, shadow_t = self.nearest(Ray(p, to_light))
        if shadow_obj is not None and shadow_t < (self.light - p).magnitude():
            return 0.15 * obj.shade
        return max(0.0, obj.normal_at(p).dot(to_light)) * obj.shade


scene = Scene([Sphere(Vector(0, 1, 5), 1.0, 1.0),
               Sphere(Vector(-1.6, 0.6, 4), 0.6, 0.8),
               Plane(Vector(0, 0, 0), Vector(0, 1, 0), 0.6)],
              Vector(-3, 6, 0))
eye = Vector(0, 1.2, -1)
shades = " .:-=+*#%@"
scale = int(sys.argv[1]) if len(sys.argv) > 1 else 1
total = 0.0
for row in range(16 * scale):
    line = ""
    for col in range(40 * scale):
        target = Vector((col / scale - 20) / 20.0, -(row / scale - 8) / 16.0 - 0.05, 1.0) + eye
        b = scene.brightness(Ray(eye, target - eye))
        total += b
        if col % scale == 0:
            line += shades[min(9, int(b * 9.99))]
    if row % scale == 0:
        print(line.rstrip())
print("total brightness %.6f" % (total / (scale * scale)))
print(Vector(1, 2, 2).normalized(), 2 * Vector(1, 0, 0))
