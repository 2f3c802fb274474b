# enum odds and ends: member/nonmember, enum.property, __init_subclass__, _missing_ on a base, reducing members (as pickle does),
# __new__ in a mixin-less enum, the module's names.
import enum
from enum import Enum, IntEnum, member, nonmember, auto


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


class Ops(Enum):
    ADD = 1
    LIMIT = nonmember(10)

    @member
    def double(x):
        return x * 2

    def helper(self):
        return self.name


print(list(Ops.__members__), Ops.double.value.__name__, Ops.LIMIT, Ops.double.value(21), Ops.ADD.helper(), isinstance(Ops.LIMIT, int))


class Shape(Enum):
    SQUARE = 2
    CIRCLE = 3

    @enum.property
    def sides(self):
        return {2: 4, 3: 0}[self.value]


print(Shape.SQUARE.sides, Shape.CIRCLE.sides)
show(lambda: Shape.sides)
print(type(Enum.__dict__['name']).__name__, type(Enum.__dict__['value']).__module__)

seen = []


class Registered(Enum):
    def __init_subclass__(cls, **kwds):
        seen.append(cls.__name__)
        super().__init_subclass__(**kwds)


class First(Registered):
    A = 1


print(seen, list(First))


class Tolerant(Enum):
    @classmethod
    def _missing_(cls, value):
        for m in cls:
            if m.value == int(value):
                return m
        return None


class Digit(Tolerant):
    ONE = 1
    TWO = 2


print(Digit('2'), Digit(1.0), Digit(True))
show(lambda: Digit('3'))


class Color(Enum):
    RED = 1
    GREEN = 2


class Level(IntEnum):
    LOW = 10
    HIGH = 20


for obj in (Color.RED, Color.GREEN, Level.HIGH):
    rebuild, args = obj.__reduce_ex__(2)
    back = rebuild(*args)
    print(repr(back), back is obj, rebuild, args)


class Coordinate(Enum):
    def __new__(cls, value, label):
        obj = object.__new__(cls)
        obj._value_ = value
        obj.label = label
        return obj

    X = 1, 'ex'
    Y = 2, 'why'


print(Coordinate(1), Coordinate.Y.label, Coordinate.X.value, Coordinate.__new_member__.__name__)


class Token(str, Enum):
    def __new__(cls, text, precedence):
        obj = str.__new__(cls, text)
        obj._value_ = text
        obj.precedence = precedence
        return obj

    PLUS = '+', 1
    TIMES = '*', 2


print(Token.PLUS, repr(Token.TIMES), Token('*'), Token.TIMES.precedence, Token.PLUS == '+', Token.PLUS + '1')


class Description(Enum):
    ALPHA = 'a'
    BETA = 'b'

    def __str__(self):
        return self.name.title()

    @classmethod
    def parse(cls, text):
        return cls(text.lower())


print(Description.parse('B'), [str(d) for d in Description], Description.ALPHA.__objclass__)
print(Color.RED._sort_order_, Color.GREEN._sort_order_, Color._member_type_, Level._member_type_, Color._use_args_, Level._use_args_)
print(Color._value2member_map_, Color._new_member_ is object.__new__)
names = ['Enum', 'EnumMeta', 'EnumType', 'Flag', 'IntEnum', 'IntFlag', 'ReprEnum', 'StrEnum', 'auto', 'unique', 'member',
         'nonmember', 'property', 'verify', 'global_enum', 'FlagBoundary', 'STRICT', 'CONFORM', 'EJECT', 'KEEP', 'EnumCheck',
         'UNIQUE', 'CONTINUOUS', 'NAMED_FLAGS', 'show_flag_values', 'pickle_by_enum_name', 'pickle_by_global_name']
print(all(hasattr(enum, n) for n in names), hasattr(enum, 'Nothing'))
show(lambda: enum.Nothing)
print(sorted(enum.__all__))
print(enum.EnumCheck.UNIQUE, repr(enum.CONTINUOUS), list(enum.EnumCheck))
print(repr(auto), auto().value == auto().value)
print(Color.__members__['RED'], dict(Color.__members__), list(Color.__members__.items()))
show(lambda: Color.__members__.__setitem__('BLUE', 3))
