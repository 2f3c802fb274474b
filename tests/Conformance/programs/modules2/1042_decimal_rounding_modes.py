# decimal: the eight rounding modes on a table of values, through quantize, the context's precision (plus,
# division, addition), to_integral_value, round() and formatting; with the flags each sets.
import decimal
from decimal import Decimal as D, Context, localcontext

MODES = [decimal.ROUND_UP, decimal.ROUND_DOWN, decimal.ROUND_CEILING, decimal.ROUND_FLOOR, decimal.ROUND_HALF_UP,
         decimal.ROUND_HALF_DOWN, decimal.ROUND_HALF_EVEN, decimal.ROUND_05UP]
VALUES = ['5.5', '2.5', '1.6', '1.1', '1.0', '0.5', '0.4', '0.0', '-0.0', '-0.4', '-0.5', '-1.0', '-1.1', '-1.6',
          '-2.5', '-5.5', '0.05', '0.15', '0.51', '5.01', '4.99', '-5.01', '9.5', '-9.5', '10.5', '15.5', '50.5',
          '0.555', '1.2345', '-1.2345', '2.675', '99.995', '-99.995', '0.000001']

print('quantize to 1:')
print('value'.ljust(9), ' '.join(m[6:].ljust(9) for m in MODES))
for v in VALUES:
    print(v.ljust(9), ' '.join(str(D(v).quantize(D('1'), rounding=m)).ljust(9) for m in MODES))

print('quantize to 0.01:')
for v in VALUES:
    print(v.ljust(9), ' '.join(str(D(v).quantize(D('0.01'), rounding=m)).ljust(9) for m in MODES))

print('to_integral_value and to_integral_exact:')
for v in ['2.5', '-2.5', '3.5', '0.5', '-0.5', '1.05', '12E-1']:
    print(v, [str(D(v).to_integral_value(rounding=m)) for m in MODES], D(v).to_integral_exact())

print('precision 3 (plus, divide, add):')
for m in MODES:
    ctx = Context(prec=3, rounding=m, traps=[])
    row = [ctx.plus(D(v)) for v in ['1.2345', '-1.2345', '1.2350', '1.2450', '-1.2450', '9.995', '-9.995', '0.0012345']]
    row += [ctx.divide(D(1), D(3)), ctx.divide(D(-2), D(3)), ctx.divide(D(1), D(8)), ctx.add(D('999'), D('0.5'))]
    row += [ctx.add(D('1E+5'), D('1E-5')), ctx.subtract(D('1E+5'), D('1E-5')), ctx.multiply(D('1.05'), D('1.05'))]
    print(m, [str(x) for x in row])
    print('   flags:', sorted(s.__name__ for s, on in ctx.flags.items() if on))

print('ROUND_05UP details:')
ctx = Context(prec=2, rounding=decimal.ROUND_05UP)
for v in ['1.01', '1.51', '1.49', '1.00', '1.09', '5.01', '0.01', '-1.01', '-1.51', '10.1', '15.1', '19.9', '20.1',
          '50.1', '55.1']:
    print(v, ctx.plus(D(v)), ctx.create_decimal(v + '9'))

print('round() is half even; format uses the context rounding:')
for v in ['0.5', '1.5', '2.5', '-0.5', '-1.5', '0.125', '0.135', '1.005']:
    d = D(v)
    fmt = []
    for m in MODES:
        with localcontext(rounding=m):
            fmt.append(format(d, '.2f'))
    print(v, round(d), round(d, 2), fmt)

print('overflow by mode:')
for m in MODES:
    ctx = Context(prec=3, Emax=5, rounding=m, traps=[])
    print(m, ctx.multiply(D('999E+3'), D(10)), ctx.multiply(D('-999E+3'), D(10)), ctx.plus(D('9.999E+5')),
          sorted(s.__name__ for s, on in ctx.flags.items() if on))

print('underflow by mode:')
for m in MODES:
    ctx = Context(prec=3, Emin=-5, rounding=m, traps=[])
    print(m, ctx.divide(D('1E-5'), D(3)), ctx.divide(D('-1E-5'), D(7)), ctx.multiply(D('1E-5'), D('1E-5')),
          ctx.plus(D('1.5E-7')), sorted(s.__name__ for s, on in ctx.flags.items() if on))
