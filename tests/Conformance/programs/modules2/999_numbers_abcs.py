# numbers: the numeric tower's ABCs, registrations, and a user class registered or derived.
import numbers
from fractions import Fraction

names = ['Number', 'Complex', 'Real', 'Rational', 'Integral']
for value in (1, True, 2.5, 1j, Fraction(1, 3), 'x', None, [1]):
    print(repr(value), [isinstance(value, getattr(numbers, n)) for n in names])
for t in (int, bool, float, complex, Fraction, str):
    print(t.__name__, [issubclass(t, getattr(numbers, n)) for n in names])
print(numbers.Integral.__mro__[1:] == (numbers.Rational, numbers.Real, numbers.Complex, numbers.Number, object))
print(sorted(numbers.__all__))
print(type(numbers.Number).__name__, numbers.Number.__hash__)

try:
    numbers.Real()
except TypeError as e:
    print(type(e).__name__, str(e).split(' with')[0])


class Meters:
    def __init__(self, v):
        self.v = v


numbers.Real.register(Meters)
print(isinstance(Meters(1), numbers.Real), isinstance(Meters(1), numbers.Complex),
      isinstance(Meters(1), numbers.Rational), issubclass(Meters, numbers.Number))


class Tiny(numbers.Integral):
    """A complete Integral: every abstract method defined, so it can be instantiated."""

    def __init__(self, v):
        self.v = int(v)

    def __int__(self): return self.v
    def __repr__(self): return 'Tiny(%d)' % self.v
    def __add__(self, o): return Tiny(self.v + int(o))
    def __radd__(self, o): return Tiny(int(o) + self.v)
    def __neg__(self): return Tiny(-self.v)
    def __pos__(self): return self
    def __mul__(self, o): return Tiny(self.v * int(o))
    def __rmul__(self, o): return Tiny(int(o) * self.v)
    def __truediv__(self, o): return self.v / int(o)
    def __rtruediv__(self, o): return int(o) / self.v
    def __pow__(self, o, m=None): return Tiny(pow(self.v, int(o), m))
    def __rpow__(self, o): return Tiny(int(o) ** self.v)
    def __abs__(self): return Tiny(abs(self.v))
    def __eq__(self, o): return self.v == int(o)
    def __hash__(self): return hash(self.v)
    def __trunc__(self): return self.v
    def __floor__(self): return self.v
    def __ceil__(self): return self.v
    def __round__(self, nd=None): return self.v
    def __floordiv__(self, o): return Tiny(self.v // int(o))
    def __rfloordiv__(self, o): return Tiny(int(o) // self.v)
    def __mod__(self, o): return Tiny(self.v % int(o))
    def __rmod__(self, o): return Tiny(int(o) % self.v)
    def __lt__(self, o): return self.v < int(o)
    def __le__(self, o): return self.v <= int(o)
    def __lshift__(self, o): return Tiny(self.v << int(o))
    def __rlshift__(self, o): return Tiny(int(o) << self.v)
    def __rshift__(self, o): return Tiny(self.v >> int(o))
    def __rrshift__(self, o): return Tiny(int(o) >> self.v)
    def __and__(self, o): return Tiny(self.v & int(o))
    def __rand__(self, o): return Tiny(int(o) & self.v)
    def __xor__(self, o): return Tiny(self.v ^ int(o))
    def __rxor__(self, o): return Tiny(int(o) ^ self.v)
    def __or__(self, o): return Tiny(self.v | int(o))
    def __ror__(self, o): return Tiny(int(o) | self.v)
    def __invert__(self): return Tiny(~self.v)


t = Tiny(7)
print(t, t - 2, 10 - t, float(t), complex(t), t.real, t.imag, t.conjugate(), t.numerator, t.denominator)
print(divmod(t, 3), divmod(20, t), bool(t), bool(Tiny(0)), [10, 20, 30, 40, 50, 60, 70, 80][t], t.__index__())
print(Fraction(t), Fraction(t, 2), Fraction(1, t), Fraction(3, 4) + Fraction(t))
print(isinstance(t, numbers.Rational), isinstance(t, int))
