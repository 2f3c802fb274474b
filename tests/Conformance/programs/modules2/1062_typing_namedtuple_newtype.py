# typing.NamedTuple (class syntax with defaults, methods, properties, docstrings; the functional form) and NewType.
import re
from typing import NamedTuple, NewType, Optional, List


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", re.sub("0x[0-9a-f]+", "0x...", str(e)))


class Point(NamedTuple):
    """A point in the plane."""
    x: int
    y: int = 0
    label: Optional[str] = None

    def dist2(self):
        return self.x * self.x + self.y * self.y

    @property
    def flipped(self):
        return Point(self.y, self.x, self.label)

    @classmethod
    def origin(cls):
        return cls(0)

    def __str__(self):
        return "(%d, %d)" % (self.x, self.y)


p = Point(3, 4)
print(p, repr(p), p.dist2(), p.flipped, Point.origin(), p._asdict(), p._replace(y=1), p._fields, p._field_defaults)
print(Point.__annotations__, Point.__doc__, Point.__module__, Point.__name__, Point.__qualname__)
print(isinstance(p, tuple), type(p).__mro__[1:], tuple(p), p[0], len(p), p == (3, 4, None), hash(p) == hash((3, 4, None)))
x, y, _ = p
print(x, y, Point._make([1, 2, "a"]), sorted([Point(2), Point(1, 5), Point(1, 2)]))
attempt("missing", lambda: Point())
attempt("too many", lambda: Point(1, 2, 3, 4))
attempt("set attr", lambda: setattr(p, "x", 5))


def bad_order():
    class Bad(NamedTuple):
        a: int = 1
        b: int


def bad_orders():
    class Bad(NamedTuple):
        a: int = 1
        c: int = 2
        b: int


def overwrite():
    class Bad(NamedTuple):
        a: int
        def _asdict(self):
            return {}


def two_bases():
    class Bad(NamedTuple, object):
        a: int


attempt("order", bad_order)
attempt("orders", bad_orders)
attempt("overwrite", overwrite)
attempt("bases", two_bases)

Employee = NamedTuple("Employee", [("name", str), ("id", int)])
e = Employee("ann", 7)
print(e, Employee.__annotations__, Employee.__module__, e._fields)


class Manager(Employee):
    def title(self):
        return "manager " + self.name


print(Manager("bob", 1).title(), Manager.__mro__[1].__name__)


class Node(NamedTuple):
    value: int
    children: List["Node"] = []


print(Node(1, [Node(2)]))

UserId = NewType("UserId", int)
uid = UserId(42)
print(uid, type(uid).__name__, UserId.__name__, UserId.__qualname__, UserId.__supertype__, repr(UserId), UserId.__module__)
print(UserId | None)


def subclass_newtype():
    class Pro(UserId):
        pass


attempt("subclass", subclass_newtype)
Nested = NewType("a.b.Nested", str)
print(Nested.__name__, Nested.__qualname__, repr(Nested))
