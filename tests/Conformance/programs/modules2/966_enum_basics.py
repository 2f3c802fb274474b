# enum.Enum: members, aliases, lookup by value and by name, iteration, the class as a container, reprs, errors.
from enum import Enum, EnumType, EnumMeta, unique
import copy


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1          # an alias of RED

    def describe(self):
        return f"{self.name} is {self.value}"

    @property
    def lower(self):
        return self.name.lower()

    @classmethod
    def default(cls):
        return cls.GREEN

    @staticmethod
    def helper(x):
        return x * 2


print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value, Color.RED._name_, Color.RED._value_)
print(list(Color), len(Color))
print(list(reversed(Color)))
print(type(Color.__members__).__name__, Color.__members__)
print(list(Color.__members__), len(Color.__members__), 'CRIMSON' in Color.__members__)
print(Color.CRIMSON is Color.RED, Color.CRIMSON, Color['CRIMSON'])
print(Color(1), Color(3), Color['GREEN'], Color(Color.BLUE))
print(1 in Color, 7 in Color, Color.RED in Color, 'RED' in Color)
print(isinstance(Color.RED, Color), type(Color.RED), type(Color.RED) is Color)
print(Color.__class__, type(Color) is EnumType, EnumMeta is EnumType, repr(Color), str(Color))
print(Color.RED.RED, Color.RED.BLUE)
print(Color.RED.describe(), Color.BLUE.lower, Color.default(), Color.helper(21))
print(hash(Color.RED) == hash('RED'), Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.GREEN)
print({Color.RED: 'r', Color.GREEN: 'g'}[Color.CRIMSON])
print(format(Color.RED), f"[{Color.GREEN}]", f"[{Color.GREEN:>12}]", f"[{Color.BLUE!r}]", "%s" % Color.RED)
print(copy.copy(Color.RED) is Color.RED, copy.deepcopy(Color.BLUE) is Color.BLUE, copy.deepcopy([Color.RED])[0] is Color.RED)
print(Color.RED.__reduce_ex__(4))
print(dir(Color))
print(dir(Color.RED))
print(sorted(m.name for m in Color), [m.value for m in Color])
print(bool(Color), bool(Color.RED))
print(Color._member_names_, Color._member_map_ == dict(Color.__members__))


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


show(lambda: Color(7))
show(lambda: Color('RED'))
show(lambda: Color['PURPLE'])
show(lambda: Color.PURPLE)
show(lambda: Color.name)
show(lambda: Color.RED < Color.BLUE)
show(lambda: Color.RED + 1)
try:
    Color(7)
except ValueError as e:
    print(repr(e.__context__), repr(e.__cause__))


def reassign():
    Color.RED = 5


def delete():
    del Color.GREEN


def set_name():
    Color.RED.name = 'x'


show(reassign)
show(delete)
show(set_name)
Color.extra = 'ok'        # a name that is not a member may be set
print(Color.extra)
del Color.extra
print(hasattr(Color, 'extra'))


def extend():
    class More(Color):
        PURPLE = 4


show(extend)


class Base(Enum):         # an enum without members can be extended
    def shout(self):
        return self.name.upper() + '!'


class Animal(Base):
    cat = 'meow'
    dog = 'woof'


print(Animal.cat.shout(), Animal('woof'), list(Animal), isinstance(Animal.cat, Base))


def duplicate():
    class D(Enum):
        A = 1
        A = 2


class Desc:
    def __get__(self, obj, cls):
        return 'got'

    def __repr__(self):
        return 'Desc()'


def descriptor_then_member():
    class D(Enum):
        A = Desc()
        A = 1


def reserved():
    class D(Enum):
        _x_ = 1


def bad_name():
    class D(Enum):
        mro = 1


show(duplicate)
show(descriptor_then_member)
show(reserved)
show(bad_name)


@unique
class Good(Enum):
    A = 1
    B = 2


print(list(Good))


def not_unique():
    @unique
    class U(Enum):
        A = 1
        B = 1
        C = 2
        D = 2
        E = 3


show(not_unique)


class Mixed(Enum):
    ZERO = 0
    TUPLE = (1, 2)
    LIST = [3]            # unhashable values work (looked up by equality)
    NONE = None


print(list(Mixed), Mixed((1, 2)), Mixed([3]), Mixed(None), Mixed._unhashable_values_, (1, 2) in Mixed)
show(lambda: [3] in Mixed)   # 3.12.1 looks an unhashable value up in a dict


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def gravity(self):
        return round(6.673e-11 * self.mass / (self.radius * self.radius), 2)


print(Planet.EARTH.value, Planet.EARTH.mass, Planet.EARTH.gravity, Planet((3.303e+23, 2.4397e6)))


class Lookup(Enum):
    A = 1
    B = 2

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        if value == 99:
            return 'nope'
        return None


print(Lookup('a'), Lookup('b'))
show(lambda: Lookup(5))
show(lambda: Lookup(99))
show(lambda: Lookup('z'))


class Ordered(Enum):
    _order_ = 'X Y'
    X = 1
    Y = 2


print(list(Ordered))


def wrong_order():
    class O(Enum):
        _order_ = 'Y X'
        X = 1
        Y = 2


show(wrong_order)


class Ignoring(Enum):
    _ignore_ = 'tmp i'
    tmp = 5
    i = 3
    A = 1


print(list(Ignoring), hasattr(Ignoring, 'tmp'))


class Private(Enum):
    A = 1
    __secret = 2          # private names are not members


print(list(Private), Private._Private__secret)


class WithNew(Enum):
    def __new__(cls, value, label):
        obj = object.__new__(cls)
        obj._value_ = value
        obj.label = label
        return obj

    ONE = 1, 'uno'
    TWO = 2, 'dos'


print(WithNew.ONE, WithNew.ONE.value, WithNew.ONE.label, WithNew(2), WithNew(2).label)
