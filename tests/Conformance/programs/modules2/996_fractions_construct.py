# fractions.Fraction: construction from ints, strings, floats and Fractions, normalization, errors.
from fractions import Fraction


def show(*args):
    try:
        f = Fraction(*args)
        print(repr(args), repr(f), str(f), f.numerator, f.denominator)
    except Exception as e:
        print(repr(args), type(e).__name__, e)


for args in [(), (7,), (-7,), (6, 4), (-6, 4), (6, -4), (-6, -4), (0, 5), (0, -5), (10 ** 30, 3 * 10 ** 29),
             (True,), (True, 2), (3, True),
             ('3/4',), ('-3/4',), (' 10/-4 ',), ('1.5',), ('-.125',), ('5.',), (' -2e3 ',), ('1.5E-2',),
             ('+7',), ('3 / 4',), ('1_000/3',), ('1_0.0_1e-0_2',), ('0.000',), ('12e+2',),
             ('1__0',), ('_1',), ('1_',), ('',), (' ',), ('x',), ('1/0',), ('inf',), ('nan',), ('0x10',),
             ('1.5/2',), ('1e',), ('3/4.0',),
             (1.5,), (-0.0,), (0.1,), (1e-320,), (2.0 ** 70,), (float('inf'),), (float('-inf'),),
             (float('nan'),),
             (Fraction(3, 4),), (Fraction(3, 4), Fraction(5, 6)), (Fraction(1, 2), 3), (3, Fraction(1, 2)),
             (1, 0), (0, 0), (Fraction(1, 2), Fraction(0)),
             (1.5, 2), (1, 2.0), ([1],), ((1, 2),), (None,), (3 + 0j,), ('3/4', 2)]:
    show(*args)

print(Fraction.from_float(0.1), Fraction.from_float(-2.5), Fraction.from_float(7), Fraction.from_float(True))
for bad in ('x', None, Fraction(1, 2), 1j):
    try:
        Fraction.from_float(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    Fraction.from_float(float('nan'))
except ValueError as e:
    print(type(e).__name__, e)
print(repr(Fraction.from_decimal(3)), repr(Fraction.from_decimal(True)))
for bad in (1.5, 'x', Fraction(1, 2)):
    try:
        Fraction.from_decimal(bad)
    except TypeError as e:
        print(type(e).__name__, e)
print(Fraction(3, 4).as_integer_ratio(), Fraction(-8, 6).as_integer_ratio(), Fraction(5).as_integer_ratio())
print(Fraction(4, 2).is_integer(), Fraction(3, 2).is_integer(), Fraction(0).is_integer())
f = Fraction(3, 4)
for attr in ('numerator', 'denominator'):
    try:
        setattr(f, attr, 5)
    except AttributeError:
        print('cannot set', attr)
print(f, f.real, f.imag, f.conjugate(), type(f.real).__name__)
print(int(Fraction(7, 2)), int(Fraction(-7, 2)), float(Fraction(1, 3)), complex(Fraction(1, 4)))
print(bool(Fraction(0)), bool(Fraction(1, 10 ** 9)), float(Fraction(10 ** 400, 10 ** 399)))
try:
    float(Fraction(10 ** 400))
except OverflowError as e:
    print(type(e).__name__, e)
print(sorted([Fraction(1, 3), Fraction(-1, 2), Fraction(2, 7), 0.3, 1]))
print({Fraction(1, 2): 'half', 0.5: 'float half', Fraction(2): 'two', 2: 'int two'})
