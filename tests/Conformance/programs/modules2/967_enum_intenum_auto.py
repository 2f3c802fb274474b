# IntEnum, enums mixed with int, auto() and _generate_next_value_, and the functional API.
from enum import Enum, IntEnum, auto, unique


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


class Level(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3


print(Level.LOW, repr(Level.LOW), str(Level.HIGH), format(Level.MEDIUM), f"[{Level.HIGH:>4}]", f"{Level.LOW:03d}")
print(Level.LOW == 1, Level.LOW < Level.HIGH, Level.HIGH > 2, Level.MEDIUM + 1, Level.HIGH * 2, -Level.LOW, Level.HIGH // 2)
print(isinstance(Level.LOW, int), isinstance(Level.LOW, Level), type(Level.LOW + 0), hash(Level.LOW) == hash(1))
print(sorted([Level.HIGH, Level.LOW, Level.MEDIUM]), max(Level), sum(Level), [0, 10, 20, 30][Level.MEDIUM])
print(Level(2), Level['HIGH'], 2 in Level, Level.LOW.value, Level.LOW.name, int(Level.HIGH), float(Level.MEDIUM))
print({1: 'one'}[Level.LOW], Level.LOW in {1, 2}, list(range(Level.HIGH)))
print(Level.__members__.keys(), Level._member_type_, Level.MEDIUM.real, Level.HIGH.bit_length())
print([n for n in dir(Level.LOW) if n.isupper() or n in ('name', 'value', 'real', '__add__')], 'bit_length' in dir(Level.LOW))
show(lambda: Level(5))
show(lambda: Level('1'))


class Shape(int, Enum):   # a mixin without ReprEnum keeps Enum's str() and format()
    CIRCLE = 1
    SQUARE = 2


print(Shape.CIRCLE, repr(Shape.CIRCLE), format(Shape.SQUARE), f"{Shape.SQUARE}", Shape.SQUARE + 1, Shape.CIRCLE == 1)


class Num(float, Enum):
    HALF = 0.5
    ONE = 1.0


print(Num.HALF, repr(Num.HALF), Num.HALF * 4, Num(1.0), Num(1))


class Counted(Enum):
    FIRST = auto()
    SECOND = auto()
    THIRD = auto()


print(list(Counted), [m.value for m in Counted])


class Gapped(Enum):
    A = 5
    B = auto()
    C = 1
    D = auto()


print(list(Gapped))


class Lowered(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() + str(count)

    NORTH = auto()
    SOUTH = auto()


print(list(Lowered), repr(auto()) == repr(auto()))


class Pairs(Enum):
    A = auto(), 'a'
    B = auto(), 'b'


print(list(Pairs))


class Numbers(IntEnum):
    ONE = auto()
    TWO = auto()
    TEN = 10
    ELEVEN = auto()


print(list(Numbers), Numbers.ELEVEN + 0)


def late_generator():
    class Late(Enum):
        A = auto()

        def _generate_next_value_(name, start, count, last_values):
            return 1


show(late_generator)


def not_int():
    class Bad(IntEnum):
        A = 'x'


show(not_int)

Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value, Animal.__name__, Animal.__module__, Animal.__qualname__, type(Animal))
Seasons = Enum('Seasons', 'SPRING, SUMMER,AUTUMN WINTER', start=0)
print(list(Seasons))
Sizes = Enum('Sizes', ['S', 'M', 'L'])
print(list(Sizes))
Codes = Enum('Codes', [('OK', 200), ('NOT_FOUND', 404), ('OK2', 200)])
print(list(Codes), Codes(404), Codes.OK2, Codes.__members__)
Mapped = Enum('Mapped', {'X': 'x', 'Y': 'y'}, module='somewhere', qualname='Outer.Mapped')
print(list(Mapped), Mapped.__module__, Mapped.__qualname__, repr(Mapped))
Ints = IntEnum('Ints', 'A B C')
print(list(Ints), Ints.C + 1, str(Ints.A))
Typed = Enum('Typed', 'P Q', type=int)
print(list(Typed), Typed.Q + 1, Typed.__mro__[1:])
Empty = Enum('Empty', ())
print(list(Empty), len(Empty))
show(lambda: Enum('Bad'))
show(lambda: Level(1, 2))


@unique
class Fine(IntEnum):
    A = 1
    B = 2


print(list(Fine))


def dup():
    @unique
    class Dup(IntEnum):
        A = 1
        B = 1


show(dup)


class Base(IntEnum):
    def double(self):
        return self * 2


class Child(Base):
    X = 4


print(Child.X.double(), Child.__mro__)
