# abc: ABC and ABCMeta classes, abstract methods (plain, property, classmethod, staticmethod), CPython's TypeError,
# __abstractmethods__ computed when the class is made (and assigned, and update_abstractmethods), register and the
# cache token, __subclasshook__ with its caches, ABCMeta called directly, type() with an ABC base, __init_subclass__.
from abc import ABC, ABCMeta, abstractmethod, get_cache_token, update_abstractmethods
import abc


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return f"{type(self).__name__} with area {self.area()}"


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side * self.side

    def perimeter(self):
        return 4 * self.side


class Half(Shape):
    def area(self):
        return 1


for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)
print(Square(3).describe(), Square(3).perimeter())
print(type(Shape), type(Square), type(Shape) is ABCMeta, isinstance(Shape, type), isinstance(Shape, ABCMeta))
print(sorted(Shape.__abstractmethods__), sorted(Half.__abstractmethods__), Square.__abstractmethods__)
print(Shape.__class__, Shape.area.__isabstractmethod__, getattr(Square.area, "__isabstractmethod__", False))
print(ABC.__doc__.split("\n")[0], ABC.__slots__, ABC.__module__, repr(ABC))


class Base(metaclass=ABCMeta):
    @property
    @abstractmethod
    def name(self):
        ...

    @classmethod
    @abstractmethod
    def make(cls):
        ...

    @staticmethod
    @abstractmethod
    def helper():
        ...


try:
    Base()
except TypeError as e:
    print("TypeError:", e)


class Impl(Base):
    @property
    def name(self):
        return "impl"

    @classmethod
    def make(cls):
        return cls()

    @staticmethod
    def helper():
        return 42


print(Impl.make().name, Impl.helper(), type(Base).__name__)
print(Base.__dict__["name"].__isabstractmethod__, Impl.__dict__["name"].__isabstractmethod__)


# register: virtual subclasses, isinstance, the cache token
class Sized2(ABC):
    @abstractmethod
    def size(self): ...


class Plain:
    pass


token = get_cache_token()
print(issubclass(Plain, Sized2), isinstance(Plain(), Sized2))
r = Sized2.register(Plain)
print(r is Plain, issubclass(Plain, Sized2), isinstance(Plain(), Sized2), get_cache_token() > token)
print(ABCMeta.register(Sized2, int) is int, isinstance(3, Sized2), issubclass(bool, Sized2))


class Sub(Sized2):
    pass


class Other:
    pass


Sub.register(Other)
print(issubclass(Other, Sub), issubclass(Other, Sized2), isinstance(Other(), Sized2))
try:
    Sized2.register(3)
except TypeError as e:
    print("TypeError:", e)
try:
    Plain.register
except AttributeError as e:
    print("AttributeError:", e)


# __subclasshook__
class HasLen(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        print("hook", cls.__name__, C.__name__)
        if cls is HasLen:
            return any("__len__" in B.__dict__ for B in C.__mro__)
        return NotImplemented


print(issubclass(list, HasLen), issubclass(list, HasLen), issubclass(int, HasLen), issubclass(int, HasLen))
print(isinstance([], HasLen), isinstance(HasLen.__new__(HasLen) if False else 5, HasLen))


class Deriv(HasLen):
    pass


print(issubclass(list, Deriv), issubclass(Deriv, HasLen))


# the abstract set is computed when the class is made
class Late(ABC):
    @abstractmethod
    def run(self): ...


class Child(Late):
    pass


Child.run = lambda self: "patched"
try:
    Child()
except TypeError as e:
    print("TypeError:", e)
print(update_abstractmethods(Child) is Child, Child.__abstractmethods__, Child().run())
Child.__abstractmethods__ = frozenset({"x", "y"})
try:
    Child()
except TypeError as e:
    print("TypeError:", e)
Child.__abstractmethods__ = ()
print(Child().run())
try:
    object.__new__(Late)
except TypeError as e:
    print("TypeError:", e)
try:
    Plain.__abstractmethods__
except AttributeError as e:
    print("AttributeError:", e)


# ABCMeta called directly, and type() with an ABC base
Made = ABCMeta("Made", (), {"go": abstractmethod(lambda self: 1)})
print(type(Made).__name__, sorted(Made.__abstractmethods__))
Typed = type("Typed", (Shape,), {})
print(type(Typed).__name__, sorted(Typed.__abstractmethods__))


# __init_subclass__ sees the class already of type ABCMeta
class Hooked(ABC):
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, type(cls).__name__)
        super().__init_subclass__(**kw)


class H2(Hooked):
    pass


print(abc.ABC is ABC, abc.abstractmethod.__name__)
for args in [(), ("x",), ("x", ()), ("x", (), {}, 1)]:
    try:
        ABCMeta(*args)
    except TypeError as e:
        print("TypeError:", e)
