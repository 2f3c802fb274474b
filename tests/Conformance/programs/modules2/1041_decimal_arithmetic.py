# decimal: arithmetic in the context (+ - * / // % divmod ** unary), comparisons with int, float and Fraction,
# hashes equal to equal ints' and floats', and the conversions int, float, round, floor, ceil, trunc.
import math
import decimal
from decimal import Decimal as D, getcontext, localcontext
from fractions import Fraction


def show(label, thunk):
    try:
        value = thunk()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(value))


pairs = [('7', '2'), ('-7', '2'), ('7', '-2'), ('-7', '-2'), ('7.5', '2'), ('1', '3'), ('2', '3'),
         ('1.00', '8'), ('100', '1E2'), ('1E2', '100'), ('0.1', '0.2'), ('0', '5'),
         ('-0', '5'), ('123.456', '0.001'), ('9999999999999999999999999999', '1'), ('5', '0.5')]
for a, b in pairs:
    x, y = D(a), D(b)
    print(a, b, '|', x + y, x - y, x * y, x / y, x // y, x % y, divmod(x, y))

for a in ['1.5', '-1.5', '0', '-0', '2.50', 'Infinity', '-Infinity', 'NaN']:
    x = D(a)
    print(a, '|', -x, +x, abs(x))

with localcontext(prec=5):
    print(D('1.234567') + 0, -D('9.876543'), D(2) / 3, D('12345.6') * 10)

print(D(1) + 2, 3 - D('0.5'), 2 * D('1.5'), 1 / D(4), 7 // D(2), 7 % D('2.5'), divmod(7, D(2)))
print(D(2) ** 10, D('1.1') ** 3, D(2) ** -3, D('-2') ** 5, D(10) ** 30, D('2.0') ** 2, 2 ** D(8))
print(D('1.0') ** 100, D(3) ** 100, D('0.5') ** 50, pow(D(3), 4, 5), D(0) ** 5, D('Infinity') ** -1)
print(D('1.000001') ** 1000000)
print(D(2) ** D('0.5'), D('1.5') ** D('2.5'), D(10) ** D('-1.5'), D('0.25') ** D('0.5'), D(4) ** D('0.5'),
      D('1.0') ** D('0.3'), D(-1) ** 3, D('-1.00') ** 2, D(1) ** D('Infinity'), D(2) ** D('-Infinity'))
with localcontext(prec=9, rounding=decimal.ROUND_DOWN, traps=[]):
    print(D(3) ** D('1.5'), D(7) ** D('0.1'), D('0.5') ** D('1E+20'), D(10) ** D('1E+20'), D(2) ** -2000000)

for label, thunk in [('1/0', lambda: D(1) / 0), ('0/0', lambda: D(0) / 0), ('1//0', lambda: D(1) // 0),
                     ('1%0', lambda: D(1) % 0), ('divmod(1,0)', lambda: divmod(D(1), 0)),
                     ('inf-inf', lambda: D('Inf') - D('Inf')), ('0*inf', lambda: D(0) * D('Inf')),
                     ('1e30//1', lambda: D('1e30') // 1), ('0**0', lambda: D(0) ** 0),
                     ('0**-1', lambda: D(0) ** -1), ('2**0.5 neg', lambda: D(-2) ** D('0.5')),
                     ('snan+1', lambda: D('sNaN') + 1), ('nan+1', lambda: D('NaN') + 1),
                     ('1+1.5', lambda: D(1) + 1.5), ('1.5*D', lambda: 1.5 * D(1)),
                     ('D+Fraction', lambda: D(1) + Fraction(1, 2)), ('D+str', lambda: D(1) + '1'),
                     ('pow3 float', lambda: pow(D(2), 3, 1.5))]:
    show(label, thunk)

# Comparisons with the other numeric types.
vals = [D('1'), D('1.0'), D('0.5'), D('0.1'), D('-2'), D('Infinity'), D('1E+400')]
others = [1, 2, 0.5, 0.1, Fraction(1, 2), Fraction(1, 3), -2, float('inf'), 10 ** 400]
for v in vals:
    print(v, [(v == o, v < o, v >= o) for o in others])
print(D(1) == 1.0, D('0.1') == 0.1, D(1) != 1, D('2') == Fraction(2), Fraction(1, 2) == D('0.5'),
      D(1) == 1 + 0j, D(1) == 1 + 1j, D(1) == 'x', 0.5 < D(1))
print(sorted([D('3'), 2, D('2.5'), 1.5, Fraction(7, 4), D('-1')]))
print(max(D('1.10'), D('1.1')), min(D(2), 1), D('NaN') == D('NaN'), D('NaN') != 1)
show('NaN < 1', lambda: D('NaN') < 1)
show('1 < sNaN', lambda: 1 < D('sNaN'))
show('sNaN == 1', lambda: D('sNaN') == 1)
with localcontext() as ctx:
    ctx.traps[decimal.InvalidOperation] = False
    print(D('NaN') < 1, D('NaN') >= D('NaN'), ctx.flags[decimal.InvalidOperation])
    ctx.traps[decimal.FloatOperation] = True
    show('D < float trapped', lambda: D(1) < 1.5)
    print(D(1) == 1.5, ctx.flags[decimal.FloatOperation])
    show('Decimal(float) trapped', lambda: D(0.5))
    print(D.from_float(0.5))

# Hashes: equal numbers hash alike whatever their type or exponent.
for v in ['1', '1.0', '1.00', '-1', '0.5', '0', '-0', '1E+2', '100', '123.456', '1E-30', '-1E+400', 'Infinity',
          '-Infinity', '2.5E-5']:
    d = D(v)
    f = float(d)
    print(v, hash(d), hash(d) == hash(f) if d == f else '-', hash(d) == hash(Fraction(d)) if d.is_finite() else '-')
print(hash(D(2 ** 100)) == hash(2 ** 100), hash(D(-1)) == -2, len({D('1'), D('1.0'), 1, 1.0}))
show('hash sNaN', lambda: hash(D('sNaN')))
n = D('NaN')
print(hash(n) == hash(n))

# Conversions.
for v in ['2.5', '3.5', '-2.5', '-3.7', '0.5', '1.5', '-0.5', '7', '1E+3', '-0']:
    d = D(v)
    print(v, int(d), float(d), round(d), math.floor(d), math.ceil(d), math.trunc(d), round(d, 1), round(d, -1),
          d.as_integer_ratio(), complex(d), bool(d))
for bad in ['NaN', 'sNaN', 'Infinity', '-Infinity']:
    show('int(%s)' % bad, lambda: int(D(bad)))
    show('round(%s)' % bad, lambda: round(D(bad)))
    show('float(%s)' % bad, lambda: float(D(bad)))
    show('ratio(%s)' % bad, lambda: D(bad).as_integer_ratio())
show('round(x, 1.5)', lambda: round(D(1), 1.5))
show('round big', lambda: round(D('1E+50'), 2))
print(round(D('123.456'), 2), round(D('0.125'), 2), round(D('-0.125'), 2), round(D('2.675'), 2))
print(getcontext().flags[decimal.Inexact], getcontext().flags[decimal.Rounded])
