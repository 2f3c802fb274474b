# decimal with fractions and statistics: Fraction(Decimal) and Fraction.from_decimal (exact), comparisons between
# Fractions and Decimals, and statistics' functions on Decimal data (results as Decimals, square roots correctly
# rounded in the current context).
import statistics
from decimal import Decimal as D, localcontext
from fractions import Fraction


def show(label, thunk):
    try:
        value = thunk()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(value))


for v in ['0.5', '-1.25', '3', '1E+3', '1E-3', '0.1', '-0', '123.456']:
    print(v, Fraction(D(v)), Fraction.from_decimal(D(v)), D(v).as_integer_ratio())
print(Fraction.from_decimal(7), Fraction.from_decimal(True))
for bad in ['NaN', 'Infinity', '-Infinity', 'sNaN']:
    show('Fraction(%s)' % bad, lambda: Fraction(D(bad)))
    show('from_decimal(%s)' % bad, lambda: Fraction.from_decimal(D(bad)))
show('from_decimal(1.5)', lambda: Fraction.from_decimal(1.5))
show('from_decimal(str)', lambda: Fraction.from_decimal('1.5'))
print(Fraction(1, 2) == D('0.5'), Fraction(1, 3) < D('0.34'), D('0.33') < Fraction(1, 3),
      Fraction(3, 2) >= D('1.5'), Fraction(1, 3) == D('0.3333333333333333333333333333'))
show('Fraction + Decimal', lambda: Fraction(1, 2) + D('0.5'))

data = [D('1.5'), D('2.25'), D('3.125'), D('4'), D('2.25'), D('10.5')]
print(statistics.mean(data), statistics.median(data), statistics.median_low(data), statistics.median_high(data))
print(statistics.mode(data), statistics.multimode(data))
print(statistics.variance(data), statistics.pvariance(data))
print(statistics.stdev(data), statistics.pstdev(data))
print(type(statistics.mean(data)).__name__, type(statistics.stdev(data)).__name__)
print(statistics.fmean(data), statistics.harmonic_mean(data), statistics.geometric_mean([D(2), D(8)]))
with localcontext(prec=6):
    print(statistics.mean([D(1), D(2), D(2)]), statistics.stdev([D(1), D(2), D(4)]),
          statistics.pstdev([D('0.1'), D('0.2'), D('0.4')]))
print(statistics.mean([D('0.1')] * 3), statistics.variance([D('0.1'), D('0.3')]))
print(statistics.mean([D(1), 2, 3]), statistics.median([D(1), 2, D(3), 4]))
# Decimals do not mix with floats or Fractions (the message names the two types in the order of a set).
for other in (2.0, Fraction(1, 2)):
    try:
        statistics.mean([D(1), other])
    except TypeError as e:
        print('TypeError', sorted(str(e).replace(' and ', ' ').split()[-2:]))
print(statistics.quantiles([D(i) / 4 for i in range(1, 11)], n=4))
print(statistics.stdev([D('1.0'), D('1.0')]), statistics.pvariance([D(5)]))
