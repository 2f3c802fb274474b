# decimal: __format__ (fixed, exponent, general, '%', no type), fill, alignment, sign, 'z', zero padding, width,
# the ',' grouping, precision, the context's rounding and capitals; and the specs CPython's C version refuses.
from decimal import Decimal as D, localcontext, ROUND_DOWN, ROUND_UP

values = ['0', '-0', '1', '-1', '1234.5678', '-1234.5678', '0.000012345', '1.5E+10', '-2.5E-9', '100', '1.00',
          '12345678901234567890', '0.5', '999.995', '0E+3', '0.00', 'Infinity', '-Infinity', 'NaN', '-NaN7']
specs = ['', 'f', '.2f', '.0f', 'F', 'e', '.3e', '.0e', 'E', 'g', '.3g', '.1g', 'G', '%', '.1%', '.0%', 'n', '.2',
         '10', '<10', '>10', '^10', '*^15.2f', '=+12.3f', '+', ' ', '-', '015.3f', '012', ',', ',.2f', '020,.2f',
         '>20,', '+.2e', 'z.2f', 'z.0f', '-z', '10.1%', '.10g', '.30f', '_^20']
for v in values:
    d = D(v)
    out = []
    for s in specs:
        try:
            out.append(format(d, s))
        except ValueError as e:
            out.append('ValueError:%s' % e)
    print(v, out)

for bad in ['#.2f', '_', ',_', 'x', '.f', '10.2q', '0<10', '<010', '%%', ',n', '.2fx']:
    try:
        print(bad, repr(format(D('1234.5'), bad)))
    except ValueError as e:
        print(bad, 'ValueError', e)

with localcontext() as ctx:
    ctx.capitals = 0
    print(format(D('1.5E+10'), ''), format(D('1.5E+10'), 'G'), format(D('1E+30'), '.3'))
    ctx.rounding = ROUND_DOWN
    print(format(D('2.999'), '.2f'), format(D('-2.999'), '.1e'), format(D('0.12399'), '.2%'))
    ctx.rounding = ROUND_UP
    print(format(D('2.001'), '.2f'), format(D('-2.001'), '.1e'), format(D('0.12301'), '.2%'))

print(f"{D('3.14159'):.3f} {D('1234567.1'):,} {D('-0.0001'):z.2f} {D('42'):>8} {D('7'):08.3f}")
print('{:.2f} {:e} {:10.4}|'.format(D('1.005'), D('12345'), D('3.14159265')))
print(format(D('1234567.891'), '★^20,.2f'), format(D('-5'), '×>6'))
