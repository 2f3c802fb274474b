# decimal: construction from str (CPython's whole syntax), int, float, tuple and Decimal; str, repr,
# to_eng_string, as_tuple and the conversion errors.
import decimal
from decimal import Decimal, Context, getcontext


def show(label, thunk):
    try:
        value = thunk()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(value))


texts = ['0', '-0', '+0', '1', '-1', '123.456', '-123.456', '0.000', '1E+2', '1e2', '1E-2', '-1.5e-7',
         '12345678901234567890123456789012345', '.5', '5.', '-.5e+3', '  42  ', '\t-7.25\n', '1_000_000',
         '1_0.0_1e+1_0', 'Infinity', '-inf', '+INFINITY', 'iNf', 'NaN', '-nan', 'NaN123', 'nan0042', 'sNaN',
         '-sNaN9', 'snan', '0E-1000', '1E+999999', '1e-999999', '0.0000001', '0.000001', '123E-10',
         '\u0661\u0662\u0663', '1e', 'e5', '1.2.3', '', ' ', '--1', 'NaNx', 'Inf1', '1 2', '0x10', '١.٥']
for t in texts:
    show('Decimal(%r)' % t, lambda: Decimal(t))

for i in [0, 1, -1, 10 ** 30, -(2 ** 100), True, False]:
    show('Decimal(%r)' % i, lambda: Decimal(i))

for f in [0.1, -0.0, 0.5, 1e300, 2.0 ** -60, float('inf'), float('-inf'), float('nan'), 1.1]:
    show('Decimal(%r)' % f, lambda: Decimal(f))
    show('from_float(%r)' % f, lambda: Decimal.from_float(f))
print('FloatOperation flag:', getcontext().flags[decimal.FloatOperation])

tuples = [(0, (1, 2, 3), -2), (1, (0,), 0), (1, (1, 2), 'F'), (0, (), 'n'), (0, (4, 2), 'n'),
          (1, (9,), 'N'), (0, [1, 2, 3], 5), (0, (0, 0, 1), 3), (2, (1,), 0), (0, (1, 10), 0),
          (0, (1,), 'x'), (0, (1,), 1.5), (0, (1,)), (0, ('1',), 0)]
for tup in tuples:
    show('Decimal(%r)' % (tup,), lambda: Decimal(tup))
show('Decimal(list)', lambda: Decimal([0, (5,), -1]))

show('Decimal(Decimal)', lambda: Decimal(Decimal('7.50')))
show('Decimal()', lambda: Decimal())
show('Decimal(b)', lambda: Decimal(b'1'))
show('Decimal(None)', lambda: Decimal(None))
show('Decimal(1j)', lambda: Decimal(1j))
show('Decimal(1, 5)', lambda: Decimal(1, 5))

eng = ['123E+1', '1E+3', '1E+4', '1E+5', '1E+6', '-1.23E-7', '0E+1', '0E+2', '0E+3', '0E-7', '0.000001', '12E-9',
       '1.23456E+8', 'NaN', '-Infinity']
for t in eng:
    d = Decimal(t)
    print(t, str(d), d.to_eng_string(), d.as_tuple(), d.adjusted())

with decimal.localcontext() as ctx:
    ctx.capitals = 0
    print(repr(Decimal('1E+10')), str(Decimal('-2.5E-9')), Decimal('1E+4').to_eng_string())

c = Context(prec=5)
print(c.create_decimal('3.14159265'), c.create_decimal(123456789), c.create_decimal('NaN1234'))
show('create_decimal(NaN123456)', lambda: c.create_decimal('NaN123456'))
show('create_decimal(  1)', lambda: c.create_decimal('  1'))
print(c.create_decimal_from_float(0.1), c.flags[decimal.FloatOperation], c.flags[decimal.Inexact])
t = Decimal('-3.140').as_tuple()
print(t, t.sign, t.digits, t.exponent, type(t).__name__)


class Money(Decimal):
    pass


m = Money('1.25')
print(type(m).__name__, m, repr(m), isinstance(m, Decimal), type(m + 1).__name__)
print(type(Money.from_float(0.5)).__name__)
print(Decimal('1.5').real, Decimal('1.5').imag, Decimal('1.5').conjugate())
