# property() called directly: getters, setters with validation, deleters, read-only properties.
class Temperature:
    def __init__(self, celsius):
        self._celsius = celsius

    def get_celsius(self):
        print("  get celsius")
        return self._celsius

    def set_celsius(self, value):
        print("  set celsius", value)
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._celsius = value

    def del_celsius(self):
        print("  del celsius")
        del self._celsius

    celsius = property(get_celsius, set_celsius, del_celsius, "degrees C")

    def _fahrenheit(self):
        return self._celsius * 9 / 5 + 32

    fahrenheit = property(_fahrenheit)

t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.celsius = 100
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print("AttributeError:", e)
del t.celsius
try:
    print(t.celsius)
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(t, "_celsius"))
t.celsius = 0
print(t._celsius, t.fahrenheit)
print(type(Temperature.celsius).__name__, Temperature.celsius.__doc__)
print(Temperature.celsius.fget is Temperature.get_celsius, Temperature.fahrenheit.fset)

class Rect:
    def __init__(self, w, h):
        self.w = w
        self.h = h
    area = property(lambda self: self.w * self.h)

    def _get_size(self):
        return (self.w, self.h)

    def _set_size(self, size):
        self.w, self.h = size

    size = property(_get_size, _set_size)

r = Rect(2, 3)
print(r.area, r.size)
r.size = (5, 6)
print(r.area, r.size, r.w)
try:
    del r.area
except AttributeError as e:
    print("AttributeError:", e)
p = property()
print(p.fget, p.fset, p.fdel)
q = p.getter(lambda self: 42)
class Holder:
    answer = q
print(Holder().answer, p.fget)
