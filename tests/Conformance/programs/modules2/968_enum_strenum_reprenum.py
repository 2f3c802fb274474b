# StrEnum (members are strs; auto() gives the lower-cased name), ReprEnum and str/format/repr of mixed enums.
from enum import Enum, StrEnum, ReprEnum, IntEnum, auto


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


class Method(StrEnum):
    GET = auto()
    POST = auto()
    CUSTOM = 'Custom-Value'


print(Method.GET, repr(Method.GET), str(Method.POST), format(Method.CUSTOM), f"[{Method.GET:>6}]", "%s" % Method.POST)
print(Method.GET == 'get', Method.GET.upper(), Method.CUSTOM.lower(), Method.GET + '/x', len(Method.CUSTOM), isinstance(Method.GET, str))
print(Method('post'), Method['CUSTOM'], 'get' in Method, Method.GET in Method, list(Method), Method.GET.value, type(Method.GET.value))
print(sorted(Method), ','.join(Method), {Method.GET: 1}['get'], hash(Method.GET) == hash('get'))
print(Method.GET.startswith('g'), Method.POST.replace('o', '0'), Method.CUSTOM.split('-'), Method.GET * 2)
show(lambda: Method('put'))
print(Method._member_type_, Method.__mro__)


def not_a_string():
    class Bad(StrEnum):
        A = 1


def too_many():
    class Bad(StrEnum):
        A = 'a', 'utf-8', 'strict', 'extra'


def bad_encoding():
    class Bad(StrEnum):
        A = 'a', 1


show(not_a_string)
show(too_many)
show(bad_encoding)


class Plain(str, Enum):   # str mixed in without ReprEnum: Enum's str() and format()
    A = 'alpha'
    B = 'beta'


print(Plain.A, repr(Plain.A), format(Plain.A), f"{Plain.B}", Plain.A == 'alpha', Plain.A.upper(), Plain('beta'))


class Number(float, ReprEnum):
    PI = 3.14159
    E = 2.71828


print(Number.PI, repr(Number.PI), format(Number.E, '.2f'), f"{Number.PI:.1f}", Number.PI * 2, str(Number.E))


def repr_only():
    class NoType(ReprEnum):
        A = 1


show(repr_only)


class Custom(StrEnum):
    RED = auto()

    def __str__(self):
        return 'custom ' + self.value


print(Custom.RED, f"{Custom.RED}", repr(Custom.RED))


class Pretty(Enum):
    X = 1

    def __repr__(self):
        return 'Pretty!' + self.name

    def __format__(self, spec):
        return 'fmt:' + spec


print(repr(Pretty.X), str(Pretty.X), format(Pretty.X, 'abc'), f"{Pretty.X:z}", [Pretty.X])


class Level(IntEnum):
    A = 1

    def __str__(self):
        return 'level-' + self.name


print(Level.A, f"{Level.A}", format(Level.A, '>3'), repr(Level.A))
Colors = StrEnum('Colors', 'RED GREEN')
print(list(Colors), Colors.RED == 'red', Colors('green'))
print(StrEnum._generate_next_value_('ABC', 1, 0, []))
