# decimal: quantize, to_integral, normalize, sqrt, exp, ln, log10 (correctly rounded), compare, max/min,
# copy_sign, the is_* predicates, adjusted, fma, scaleb, logb, next_*, number_class, same_quantum,
# remainder_near, shift/rotate, logical operations and the total order.
import decimal
from decimal import Decimal as D, Context, localcontext


def show(label, thunk):
    try:
        value = thunk()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(value))


print([str(D(v).quantize(D(q))) for v, q in [('1.41421356', '0.01'), ('1.41421356', '1E+1'), ('-1.5', '1'),
                                              ('2.5', '1'), ('123', '1E-5'), ('0', '1E+3'), ('Inf', 'Inf'),
                                              ('1E-10', '0.1')]])
show('quantize too many digits', lambda: D('123456789').quantize(D('0.1'), context=Context(prec=5)))
show('quantize inf', lambda: D('Inf').quantize(D(1)))
print(D('7.50').normalize(), D('-0.000').normalize(), D('1200').normalize(), D('1E+2').normalize(),
      D('123.4500').normalize(Context(prec=3)))
print(D('12.345').to_integral_value(), D('-12.5').to_integral(), D('12E3').to_integral_exact(),
      D('12.5').to_integral_value(rounding=decimal.ROUND_HALF_UP))

for prec in (5, 28, 50):
    with localcontext(prec=prec):
        print(prec, D(2).sqrt(), D(1).exp(), D(2).ln(), D(2).log10(), D('0.5').exp(), D(10).ln(), D(3).log10())
print([str(D(v).sqrt()) for v in ['0', '-0', '4', '0.04', '1E+1', '1E-7', '100', '0.0100', '2.25', '1E+100', 'Inf']])
print([str(D(v).exp()) for v in ['0', '-1', '1E-30', '-1E-30', '10', '-10', '100', '0.001', '-Inf', 'Inf',
                                 '2302585', '-2302585']])
print([str(D(v).ln()) for v in ['1', '1.000', '0.5', '10', '100', '1E+100', '1E-100', '1.0000000001', '0', 'Inf']])
print([str(D(v).log10()) for v in ['1', '10', '100', '0.001', '1E+999', '2', '0.5', '1000000.1', '0', 'Inf', '5E-7']])
for v in ['-1', '-Inf', 'NaN', 'sNaN']:
    for f in ('sqrt', 'exp', 'ln', 'log10'):
        show('%s(%s)' % (f, v), lambda: getattr(D(v), f)())
with localcontext(rounding=decimal.ROUND_UP, prec=6) as ctx:
    print('ROUND_UP context:', D(2).sqrt(), D(3).exp(), D(3).ln(), D(3).log10(), D(2) / 3,
          sorted(s.__name__ for s, on in ctx.flags.items() if on))
with localcontext(rounding=decimal.ROUND_UP, prec=1):
    print(D('1E-32').log10(), D('1E+15').log10(), D(8).sqrt(), D(9).exp())

print(D(1).compare(D(2)), D(2).compare(D(2.0)), D(3).compare(D(2)), D('NaN').compare(1),
      D('1.0').compare_total(D('1')), D('-NaN').compare_total(D('-sNaN')), D(1).compare_total(D('Inf')),
      D('-1').compare_total_mag(D(1)))
show('compare_signal(NaN)', lambda: D('NaN').compare_signal(1))
print(D(1).max(D(2)), D(1).min(D(2)), D('1.0').max(D('1')), D('1.0').min(D('1')), D('-0').max(D('0')),
      D('NaN').max(5), D(5).min(D('NaN')), D(-3).max_mag(D(2)), D(-3).min_mag(D(2)), D(2).max_mag(D(-2)))
print(D('1.5').copy_sign(D('-0')), D('-1.5').copy_sign(1), D('-1.5').copy_abs(), D('1.5').copy_negate())
for v in ['0', '-0', '1', '-1.5', '1E-999999', '1E-1000005', 'Inf', '-Inf', 'NaN', 'sNaN', '-NaN']:
    d = D(v)
    print(v, d.is_finite(), d.is_infinite(), d.is_nan(), d.is_qnan(), d.is_snan(), d.is_signed(), d.is_zero(),
          d.is_normal(), d.is_subnormal(), d.is_canonical(), d.adjusted(), d.number_class())
print(D(2).fma(3, 4), D('1.5').fma(D('-2'), D('0.25')), D(10).fma(D('Inf'), 1), D(1).scaleb(3), D('1.5').scaleb(-4),
      D(123).logb(), D('0.001').logb(), D(0).logb() if False else '-', D('Inf').logb())
show('fma(inf, 0)', lambda: D('Inf').fma(0, 1))
show('logb(0)', lambda: D(0).logb())
show('scaleb(1.5)', lambda: D(1).scaleb(D('1.5')))
with localcontext(prec=5):
    print(D(1).next_plus(), D(1).next_minus(), D(0).next_plus(), D('-Inf').next_plus(), D('Inf').next_minus(),
          D(1).next_toward(2), D(1).next_toward(0), D(1).next_toward(1), D('9.9999E+999999').next_plus())
print(D('1.5').same_quantum(D('2.5')), D('1.5').same_quantum(D('2')), D('NaN').same_quantum(D('NaN')),
      D(10).remainder_near(3), D(11).remainder_near(3), D(-10).remainder_near(6), D('2.5').remainder_near(1),
      D('3.5').remainder_near(1))
with localcontext(prec=9):
    print(D(12345).shift(2), D(12345).shift(-2), D(123456789).rotate(3), D(123456789).rotate(-3),
          D(1100).logical_and(D(1010)), D(1100).logical_or(D(1010)), D(1100).logical_xor(D(1010)),
          D(101).logical_invert())
show('logical_and(2)', lambda: D(12).logical_and(D(10)))
print(D(7).radix(), D(1).canonical(), D('-1.50').conjugate(), abs(D('-1.50')))
print(sorted([D('1'), D('1.0'), D('-0'), D('0'), D('0.5')]), D('1').compare_total(D('1.0')))
