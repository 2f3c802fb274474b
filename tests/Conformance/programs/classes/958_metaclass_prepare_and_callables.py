# __prepare__ (the namespace the class body runs in), a function as metaclass=, subclassing abc.ABCMeta, the
# __class__ cell through a metaclass's __new__, __init_subclass__ and __set_name__ beside a metaclass, and errors.
from abc import ABCMeta, abstractmethod


class Recording(dict):
    def __init__(self):
        super().__init__()
        self.order = []

    def __setitem__(self, key, value):
        if not key.startswith("__"):
            self.order.append(key)
        super().__setitem__(key, value)


class Ordered(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwargs):
        print("__prepare__", name, kwargs)
        return Recording()

    def __new__(mcls, name, bases, ns, **kwargs):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.field_order = list(ns.order)
        return cls


class Record(metaclass=Ordered, strict=True):
    zulu = 1
    alpha = 2

    def middle(self):
        return "m"

    mike = 3


print(Record.field_order, Record.zulu, Record().middle())


class Counting(type):
    def __prepare__(name, bases):
        return {"preset": "from __prepare__"}


class Preset(metaclass=Counting):
    seen = preset


print(Preset.preset, Preset.seen)


# A plain function as metaclass: called with name, bases and namespace; its result is what the name binds.
def make_upper(name, bases, ns):
    upper = {k.upper() if not k.startswith("__") else k: v for k, v in ns.items()}
    return type(name, bases, upper)


class Shout(metaclass=make_upper):
    quiet = "value"


print(Shout.QUIET, hasattr(Shout, "quiet"), type(Shout).__name__)


def not_a_class(name, bases, ns):
    return name + "!"


class Bang(metaclass=not_a_class):
    pass


print(Bang, type(Bang).__name__)


# A subclass of ABCMeta keeps the abstract-method checks.
class LoggingABC(ABCMeta):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        print("abstract of", name, sorted(cls.__abstractmethods__))
        return cls


class Shape(metaclass=LoggingABC):
    @abstractmethod
    def area(self):
        ...


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2


try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
print(Square(3).area(), isinstance(Square(1), Shape), type(Square).__name__)
Shape.register(int)
print(isinstance(3, Shape), issubclass(int, Shape))


# super() with no arguments in a class made by a metaclass that changes the namespace.
class Stamping(type):
    def __new__(mcls, name, bases, ns):
        ns["stamp"] = name.lower()
        return super().__new__(mcls, name, bases, ns)


class Parent(metaclass=Stamping):
    def hello(self):
        return "parent " + self.stamp


class Kid(Parent):
    def hello(self):
        return "kid, " + super().hello()


print(Kid().hello(), Kid.stamp)


# __init_subclass__ and __set_name__ run inside type.__new__, before the metaclass's __init__.
class Field:
    def __set_name__(self, owner, name):
        print("__set_name__", owner.__name__, name)
        self.name = name


class Tracing(type):
    def __init__(cls, name, bases, ns, **kwargs):
        print("Tracing.__init__", name, kwargs)
        super().__init__(name, bases, ns)


class Root(metaclass=Tracing):
    def __init_subclass__(cls, **kwargs):
        print("__init_subclass__", cls.__name__, kwargs)
        super().__init_subclass__()


class Leaf(Root, tag="leaf"):
    f = Field()


print(Leaf.f.name)


# Errors as CPython reports them.
class M1(type):
    pass


class M2(type):
    pass


class A(metaclass=M1):
    pass


class B(metaclass=M2):
    pass


try:
    class AB(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)

try:
    class Wrong(metaclass=M1, bad=1):
        pass
except TypeError as e:
    print("TypeError:", e)

try:
    type.__new__(M1)
except TypeError as e:
    print("TypeError:", e)

try:
    type.__new__(int, "X", (), {})
except TypeError as e:
    print("TypeError:", e)

try:
    M1("X", (), {}, 1)
except TypeError as e:
    print("TypeError:", e)


class Returning(type):
    def __call__(cls):
        return 42


class Odd(metaclass=Returning):
    def __init__(self):
        print("never")


print(Odd())
