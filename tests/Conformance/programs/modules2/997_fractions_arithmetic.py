# fractions.Fraction arithmetic with int, float, complex and Fraction, reflected forms and comparisons.
import math
from fractions import Fraction as F

a, b = F(3, 4), F(-5, 6)
values = [F(3, 4), F(-5, 6), 2, -3, 0.5, 1.25, 2 + 1j, True]


def complex_power(x, y):
    # A negative real to a fractional power is complex: GilGen's float power does not make complex results.
    return name == '**' and not isinstance(x, complex) and not isinstance(y, complex) and x < 0 and y != int(y)


def r(x):
    return '%s %r' % (type(x).__name__, x)


ops = [('+', lambda x, y: x + y), ('-', lambda x, y: x - y), ('*', lambda x, y: x * y),
       ('/', lambda x, y: x / y), ('//', lambda x, y: x // y), ('%', lambda x, y: x % y),
       ('divmod', divmod), ('**', lambda x, y: x ** y)]
for name, op in ops:
    for x in values:
        for y in values:
            if not isinstance(x, F) and not isinstance(y, F) or complex_power(x, y):
                continue
            try:
                print(x, name, y, '=', r(op(x, y)))
            except Exception as e:
                print(x, name, y, '->', type(e).__name__, e)

for x in (F(0), F(1, 2), F(-1, 2)):
    for y in (0, F(0), 0.0):
        for name, op in ops[3:7]:
            try:
                print(x, name, y, '=', r(op(x, y)))
            except ZeroDivisionError as e:
                print(x, name, y, '->', type(e).__name__, e)

print(F(2, 3) ** 3, F(2, 3) ** -3, F(-2, 3) ** -3, F(-2, 3) ** 0, F(4, 9) ** F(1, 2), F(4, 9) ** 0.5)
print(2 ** F(3), 2 ** F(-2), 4 ** F(1, 2), 2.0 ** F(1, 2), F(1, 2) ** F(-2), 8 ** F(1, 3))
try:
    F(0) ** -2
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(+a, -a, abs(b), -F(0))

x = F(1, 3)
x += 1
x *= F(3, 2)
x -= 0.5
print(r(x))
y = F(7, 3)
y //= 2
print(r(y))

for other in (F(3, 4), 0.75, 1, 0.5, F(6, 8), float('nan'), float('inf'), float('-inf'), 1j, 0.75 + 0j, 'x'):
    try:
        print(repr(other), a == other, a != other, a < other, a <= other, a > other, a >= other)
    except TypeError as e:
        print(repr(other), a == other, a != other, type(e).__name__, e)
print(F(1, 2) == 0.5, 0.5 == F(1, 2), 2 == F(4, 2), F(4, 2) == 2, F(1, 3) == 1 / 3)
print(min(F(1, 3), 0.3, F(2, 7)), max([F(-1), -0.5, F(-3, 4)]), sum([F(1, 2), F(1, 3), F(1, 6)]))
print(math.floor(F(7, 2)), math.ceil(F(7, 2)), math.trunc(F(-7, 2)), math.floor(F(-7, 2)), math.ceil(F(-7, 2)))
print(math.sqrt(F(1, 4)), math.log(F(8)), math.isclose(F(1, 3), 1 / 3), math.fsum([F(1, 3)] * 3))
