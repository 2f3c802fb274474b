# User-defined descriptors: __get__, __set__, __delete__, __set_name__, data versus non-data precedence.
class Typed:
    def __init__(self, kind):
        self.kind = kind

    def __set_name__(self, owner, name):
        self.name = name
        self.storage = "_" + name
        print("  __set_name__", owner.__name__, name)

    def __get__(self, obj, owner):
        if obj is None:
            return self
        return getattr(obj, self.storage, None)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError("%s must be %s, not %s" % (self.name, self.kind.__name__, type(value).__name__))
        setattr(obj, self.storage, value)

    def __delete__(self, obj):
        print("  deleting", self.name)
        delattr(obj, self.storage)

class Person:
    name = Typed(str)
    age = Typed(int)

    def __init__(self, name, age):
        self.name = name
        self.age = age

p = Person("ada", 36)
print(p.name, p.age, vars(p))
try:
    p.age = "old"
except TypeError as e:
    print("TypeError:", e)
p.__dict__["age"] = "shadow"
print(p.age)
del p.age
print(p.age, vars(p))
print(type(Person.name).__name__, Person.name.name, Person.age.storage)

class Lazy:
    def __init__(self, fn):
        self.fn = fn

    def __get__(self, obj, owner):
        if obj is None:
            return self
        value = self.fn(obj)
        obj.__dict__[self.fn.__name__] = value
        print("  computed", self.fn.__name__)
        return value

class Circle:
    def __init__(self, r):
        self.r = r

    def area(self):
        return 3 * self.r * self.r
    area = Lazy(area)

c = Circle(2)
print(c.area, c.area, c.area)
c.area = 99
print(c.area, type(Circle.area).__name__)

class Constant:
    def __init__(self, value):
        self.value = value

    def __get__(self, obj, owner):
        return self.value * (10 if obj is None else 1)

class Holder:
    k = Constant(7)

print(Holder.k, Holder().k)
h = Holder()
h.k = 1
print(h.k, Holder.k)
