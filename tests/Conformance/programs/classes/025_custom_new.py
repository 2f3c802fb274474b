# __new__: singletons, caching instances, __new__ with __init__, object.__new__ errors.
class Singleton:
    _instance = None

    def __new__(cls):
        if cls._instance is None:
            print("  creating", cls.__name__)
            cls._instance = super().__new__(cls)
        return cls._instance

    def __init__(self):
        print("  init called")

a = Singleton()
b = Singleton()
print(a is b)

class Interned:
    _cache = {}

    def __new__(cls, key):
        if key in cls._cache:
            return cls._cache[key]
        obj = object.__new__(cls)
        obj.key = key
        cls._cache[key] = obj
        return obj

    def __repr__(self):
        return "Interned(%r)" % self.key

x = Interned("a")
y = Interned("a")
z = Interned("b")
print(x is y, x is z, x, z, len(Interned._cache))

class Positive:
    def __new__(cls, value):
        if value <= 0:
            return None
        self = super().__new__(cls)
        self.value = value
        return self

    def __init__(self, value):
        self.doubled = value * 2

p = Positive(5)
print(type(p).__name__, p.value, p.doubled, Positive(-1))

class Other:
    pass

class Factory:
    def __new__(cls, kind):
        if kind == "other":
            return Other()
        return super().__new__(cls)

    def __init__(self, kind):
        print("  Factory.__init__", kind)
        self.kind = kind

f1 = Factory("self")
f2 = Factory("other")
print(type(f1).__name__, f1.kind, type(f2).__name__)

class Tracks:
    count = 0

    def __new__(cls, *args):
        Tracks.count += 1
        return super().__new__(cls)

    def __init__(self, a, b):
        self.total = a + b

t = Tracks(1, 2)
print(t.total, Tracks.count)
try:
    object.__new__(Tracks, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    object.__new__(3)
except TypeError as e:
    print("TypeError:", e)
print(type(object.__new__(Other)).__name__)
