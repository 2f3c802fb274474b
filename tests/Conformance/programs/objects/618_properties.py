# Properties: computed, validated with a setter, deletable, read-only, inherited and overridden, built with
# property() and with the decorator forms, and lazily cached values.


class Temperature:
    def __init__(self, celsius=0.0):
        self.celsius = celsius

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero: %r" % value)
        self._c = float(value)

    @celsius.deleter
    def celsius(self):
        print("resetting")
        self._c = 0.0

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, f):
        self.celsius = (f - 32) * 5 / 9


t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.fahrenheit = 212
print(t.celsius, round(t.fahrenheit, 6))
del t.celsius
print(t.celsius)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)


class Circle:
    def __init__(self, r):
        self.r = r
        self.computed = 0

    def _area(self):
        self.computed += 1
        return 3.14159 * self.r ** 2

    area = property(_area, doc="the area")


c = Circle(2)
print(c.area, c.area, c.computed, Circle.area.__doc__, isinstance(Circle.area, property))
for action in [lambda: setattr(c, "area", 1), lambda: delattr(c, "area")]:
    try:
        action()
    except AttributeError as e:
        print("AttributeError:", e)


class Base:
    @property
    def kind(self):
        return "base"

    @property
    def label(self):
        return "label:" + self.kind


class Derived(Base):
    @property
    def kind(self):
        return "derived/" + super().kind


print(Base().label, Derived().label, Derived().kind)


class Lazy:
    def __init__(self):
        self.loads = 0

    @property
    def data(self):
        if "_data" not in vars(self):
            self.loads += 1
            self._data = [i * i for i in range(5)]
        return self._data


z = Lazy()
print(z.data, z.data, z.loads, sorted(vars(z)))
