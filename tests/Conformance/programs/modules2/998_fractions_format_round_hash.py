# fractions.Fraction: rounding, hashing, limit_denominator, __format__ (3.12's float-style specs).
import math
from fractions import Fraction as F

for f in (F(5, 2), F(7, 2), F(-5, 2), F(1, 3), F(-7, 3), F(12345, 100)):
    print(f, round(f), type(round(f)).__name__, round(f, 1), round(f, 0), round(f, -1), round(f, 2),
          math.floor(f), math.ceil(f), math.trunc(f), f.__floor__(), f.__ceil__(), f.__trunc__())

for f in (F(1, 2), F(-1, 2), F(3), F(-1), F(1, 3), F(2 ** 61 - 1, 3), F(1, 2 ** 61 - 1), F(-1, 2 ** 61 - 1),
          F(10 ** 30, 7), F(0)):
    print(f, hash(f))
for x in (0.5, -0.25, 3.0, 1e300, -7, 2 ** 65, 1e-300):
    print(x, hash(F(x)) == hash(x))
print(len({F(1, 2), 0.5, F(2, 4), F(1), 1, 1.0, True}))

pi = F(314159265358979, 10 ** 14)
for limit in (1, 2, 7, 10, 100, 113, 1000, 10 ** 6):
    print(limit, pi.limit_denominator(limit))
print(F(1, 3).limit_denominator(3), F(-22, 7).limit_denominator(5), F(0.1).limit_denominator())
print(F(3, 7).limit_denominator(), F(1, 2).limit_denominator(1), F(3, 2).limit_denominator(1))
try:
    F(1, 3).limit_denominator(0)
except ValueError as e:
    print(type(e).__name__, e)

specs = ['', '.2f', 'f', 'e', 'E', 'g', 'G', '%', '.0f', '.0e', '.0g', '#.0f', '#g', '+.3f', ' .3e', 'z.1f',
         '012.3f', '0=12,.2f', '*^20.4g', '>15_.3f', ',f', '_e', '.10g', '.1%', '<12.1e', '010,.1f', '.20f',
         '0.2f', '+#015,.2f', '-.3F', '.3G']
for f in (F(1, 3), F(-2, 3), F(123456789, 1000), F(5, 1000), F(-1, 10 ** 9), F(0), F(25, 10), F(35, 1000),
          F(9995, 10 ** 6), F(10 ** 20, 3)):
    print(repr(f), [format(f, s) for s in specs])
print(f'{F(22, 7):.5f} {F(22, 7):>10.2e} {F(1, 8):.1f} {F(3, 8):.2f} {F(-1, 8):z.1f}')
for bad in ('10', '>10', 's', 'n', 'd', 'x', '<010.2f', '.f', '00.2f', 'zz.1f', '.2f ', ',_f'):
    try:
        print(repr(bad), format(F(1, 3), bad))
    except ValueError as e:
        print(repr(bad), type(e).__name__, e)
