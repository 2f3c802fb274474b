# What else a metaclass written in Python changes: __getattr__ and __setattr__ on its classes, a property with a
# setter, truth from __len__, __getitem__ before __class_getitem__, arithmetic on classes, type(name, bases, ns)
# with a base made by the metaclass, and dir, vars and the reference a class keeps to its metaclass.
import sys


class Lazy(type):
    def __getattr__(cls, name):
        if name.startswith("auto_"):
            return "made " + name
        raise AttributeError(name)

    def __setattr__(cls, name, value):
        print("set", cls.__name__, name, value)
        super().__setattr__(name, value.upper() if isinstance(value, str) else value)

    def __delattr__(cls, name):
        print("del", cls.__name__, name)
        super().__delattr__(name)


class L(metaclass=Lazy):
    real = 1


print(L.real, L.auto_x, getattr(L, "auto_y"), hasattr(L, "missing"), getattr(L, "missing", "default"))
L.word = "quiet"
L.number = 7
print(L.word, L.number, L().word)
del L.number
print(hasattr(L, "number"))
try:
    L.missing
except AttributeError as e:
    print("AttributeError:", e)


class Counted(type):
    _limit = 0

    @property
    def limit(cls):
        return cls._limit

    @limit.setter
    def limit(cls, value):
        if value < 0:
            raise ValueError("negative limit")
        cls._limit = value

    def __len__(cls):
        return cls._limit

    def __add__(cls, other):
        return "%s+%s" % (cls.__name__, other.__name__)

    def __getitem__(cls, key):
        return "meta item %r" % (key,)

    def __call__(cls, *args):
        return ("called", cls.__name__) + args


class C(metaclass=Counted):
    def __class_getitem__(cls, key):
        return "class item"


class D(metaclass=Counted):
    pass


print(C.limit, len(C), bool(C))
C.limit = 3
print(C.limit, len(C), bool(C), C._limit, D.limit)
try:
    C.limit = -1
except ValueError as e:
    print("ValueError:", e)
print(C + D, C[1], D["k"], C(1, 2))


# type(name, bases, ns) with a base whose metaclass is written in Python: the metaclass makes the class.
class Loud(type):
    def __new__(mcls, name, bases, ns):
        print("Loud.__new__", name)
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns):
        print("Loud.__init__", name)
        super().__init__(name, bases, ns)


class Quiet(metaclass=Loud):
    pass


X = type("X", (Quiet,), {"v": 1})
print(type(X).__name__, X.v, X.__bases__)

print([n for n in dir(C) if not n.startswith("__")], "limit" in dir(C), "limit" in dir(Counted))
print(sorted(k for k in vars(L) if not k.startswith("__")))

# Each class keeps a reference to its metaclass.
class Holder(type):
    pass


before = sys.getrefcount(Holder)
made = [Holder("H%d" % i, (), {}) for i in range(5)]
print(sys.getrefcount(Holder) - before)
made.append(Holder("Last", (made[0],), {}))
print(sys.getrefcount(Holder) - before, type(made[-1]) is Holder)
