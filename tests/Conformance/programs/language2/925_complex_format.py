# format() of complex numbers: no type (repr-like, parentheses unless the real part is +0), f/e/g/n with precision,
# signs, alignment and fill, grouping, '#', and CPython's errors for zero padding, '=' and the codes complex lacks.
z = 1.5 - 2.25j
for spec in ['', '.2f', '>20', '<20', '^20', '*^24.3e', '+.1f', ' g', '.3', '10', 'G', '_', ',.2f', '#.0f', '.0e', 'n', '+']:
    print(repr(spec), repr(format(z, spec)), repr(format(3j, spec)), repr(format(complex(-0.0, 1e20), spec)), repr(format(complex(float('nan'), float('-inf')), spec)))
for spec in ['010', '=10', '%', 'd', 'x']:
    try:
        format(z, spec)
    except ValueError as e:
        print(repr(spec), e)
print(f'{z:.1f}', f'{1j!r:>6}', '{:.2e}'.format(1e10+1j), '{0.real} {0.imag}'.format(z))
