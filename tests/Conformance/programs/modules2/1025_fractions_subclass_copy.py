# fractions.Fraction subclasses, copying, pickling-related hooks, and use as dict keys and in sorting.
import copy
import math
from fractions import Fraction


class Money(Fraction):
    """A Fraction subclass: construction and class methods make Money; arithmetic makes plain Fractions."""

    def dollars(self):
        return '$%.2f' % float(self)


m = Money(5, 4)
print(repr(m), str(m), m.dollars(), type(m).__name__, isinstance(m, Fraction))
print(repr(Money('3.75')), repr(Money.from_float(0.5)), type(Money.from_float(2)).__name__)
print(repr(m + 1), repr(m * m), repr(-m), repr(abs(m)), repr(+m), repr(m ** 2), type(m // 1).__name__)
print(repr(m.limit_denominator(1)), repr(round(m, 1)), round(m), type(round(m, 1)).__name__)
print(m == Fraction(5, 4), hash(m) == hash(Fraction(5, 4)), m < 2, sorted([Money(1, 2), Fraction(1, 3), 0.4]))
print(repr(copy.copy(m)), repr(copy.deepcopy(m)), copy.copy(m) is m, type(copy.copy(m)).__name__)
f = Fraction(2, 3)
print(copy.copy(f) is f, copy.deepcopy(f) is f, f.__reduce__())
print(repr(Money(m)), repr(Fraction(m)), type(Fraction(m)).__name__)


class Tagged(Fraction):
    def __new__(cls, num=0, den=None, tag='?'):
        self = super().__new__(cls, num, den)
        self.tag = tag
        return self

    def __repr__(self):
        return 'Tagged(%s, tag=%r)' % (str(self), self.tag)


try:
    t = Tagged(1, 2, tag='x')
    print(t, t.tag)
except AttributeError as e:
    print(type(e).__name__)


class Slotted(Fraction):
    __slots__ = ('unit',)


s = Slotted(3, 9)
s.unit = 'm'
print(repr(s), s.unit, s + s)

prices = {Fraction(1, 2): 'half', Fraction(1, 3): 'third'}
print(prices[Fraction(2, 4)], prices.get(0.5), prices.get(Fraction(1, 3)), Fraction(1, 2) in {0.5})
print(sum(Fraction(1, n) for n in range(1, 11)), math.fsum(1 / n for n in range(1, 11)))
print(max(Fraction(22, 7), math.pi), min(Fraction(-1, 3), -0.3333), Fraction(1, 3) in [1 / 3, Fraction(2, 6)])
