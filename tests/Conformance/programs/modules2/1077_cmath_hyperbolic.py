# cmath's hyperbolic functions (acosh, asinh, atanh, cosh, sinh, tanh) as CPython 3.12 computes them: ordinary values,
# both sides of each branch cut (signed zeros), huge and tiny magnitudes (the scaled formulas past CM_LARGE_DOUBLE, e
# taken out of cosh/sinh near overflow, atanh's 1/z and its formula just off 1), every infinite/NaN/zero/finite
# combination from the special-value tables, and the errors (atanh(+-1) is a domain error, cosh/sinh overflow).
import cmath
import math


def show(z):
    # repr shows every bit of a number but not a NaN's sign; math.copysign does.
    signs = ''.join('-' if math.copysign(1.0, p) < 0 else '+' for p in (z.real, z.imag) if math.isnan(p))
    return repr(z) + (' nan-signs ' + signs if signs else '')


def call(f, z):
    try:
        return show(f(z))
    except (ValueError, OverflowError) as e:
        return f'{type(e).__name__}: {e}'


functions = [cmath.acosh, cmath.asinh, cmath.atanh, cmath.cosh, cmath.sinh, cmath.tanh]
ordinary = [0j, 1, -1, 0.5, -0.5, 2, -2, 1j, -1j, 0.5j, 2j, -2j, 3 + 4j, -3 + 4j, 3 - 4j, -3 - 4j, 0.3 + 0.7j,
            1 + 1e-17j, 1e-8 + 1e-8j, 0.99999 + 0.00001j, 1.0000001, 0.9 - 0.4j, 20 + 0.5j, 0.5 + 20j, 700 + 1j,
            -700 + 1j, 710 + 1j, -710 - 1j, 711 + 0.5j, 1 + 711j, 1000 + 0j, 1000 + 1j, -1000 - 2j, 1e5 + 1e-5j,
            0.1 + 1.5707963267948966j, 1.5 + 3.141592653589793j]
print('ordinary')
for z in ordinary:
    print(repr(z), ' | '.join(call(f, z) for f in functions))

print('branch cuts')
cuts = [complex(-2, 0.0), complex(-2, -0.0), complex(2, 0.0), complex(2, -0.0), complex(0.0, 2), complex(-0.0, 2),
        complex(0.0, -2), complex(-0.0, -2), complex(0.5, 0.0), complex(0.5, -0.0), complex(-0.5, 0.0),
        complex(-0.5, -0.0), complex(0.0, 0.0), complex(-0.0, 0.0), complex(0.0, -0.0), complex(-0.0, -0.0),
        complex(1, 0.0), complex(1, -0.0), complex(-1, 0.0), complex(-1, -0.0), complex(0.0, 1), complex(-0.0, 1),
        complex(0.0, -1), complex(-0.0, -1), complex(1.5, 0.0), complex(1.5, -0.0), complex(-1.5, 0.0),
        complex(-1.5, -0.0)]
for z in cuts:
    print(repr(z), ' | '.join(call(f, z) for f in functions))

print('magnitudes')
sizes = [1e300, -1e300, 1e300j, -1e300j, 1e300 + 1e300j, -1e300 - 1e300j, 1.7e308 + 1.7e308j, -1.7e308 + 1j,
         1e-300, 1e-300j, 1e-300 + 1e-300j, 5e-324 + 5e-324j, -5e-324j, 1e-310 - 1e-310j, 1e160 + 1e-160j,
         1e154 + 1e154j, 3e153 - 2e153j, complex(1, 1e-160), complex(1, -1e-160), complex(-1, 1e-160),
         complex(-1, -1e-200), complex(1, 5e-324), complex(1, 1e-154), complex(1, 2e-154), 1.4e154 + 1j,
         1j * 1.4e154, -1.4e154 - 1j, complex(1.34e154, 1.34e154)]
for z in sizes:
    print(repr(z), ' | '.join(call(f, z) for f in functions))

print('special values')
inf, nan = float('inf'), float('nan')
parts = [-inf, -2.3, -0.0, 0.0, 2.3, inf, nan]
for f in functions:
    print(f.__name__)
    for re in parts:
        print(' ', ' '.join(f'{call(f, complex(re, im))};' for im in parts))
# An infinite real part beside a finite nonzero imaginary one: the signs come from cos and sin of the imaginary part.
for f in (cmath.cosh, cmath.sinh, cmath.tanh):
    print(f.__name__, ' '.join(call(f, complex(re, im)) for re in (inf, -inf) for im in (1, 2, 4, -1, -2, -4)))

print('errors')
for f, z in [(cmath.atanh, 1), (cmath.atanh, -1), (cmath.atanh, complex(1, -0.0)), (cmath.atanh, complex(-1, -0.0)),
             (cmath.cosh, 1000), (cmath.sinh, -1000), (cmath.cosh, 710.5), (cmath.sinh, 711 + 1j),
             (cmath.cosh, 709.7 + 1j), (cmath.sinh, 710 + 0j), (cmath.tanh, 1000 + 1j), (cmath.cosh, complex(1, inf)),
             (cmath.sinh, complex(nan, inf)), (cmath.tanh, complex(2, inf)), (cmath.tanh, complex(inf, inf)),
             (cmath.cosh, complex(inf, inf)), (cmath.acosh, complex(-inf, nan))]:
    print(f.__name__, repr(z), call(f, z))
for bad in ['x', None]:
    try:
        cmath.atanh(bad)
    except TypeError as e:
        print('TypeError', e)
print(cmath.acosh(True), cmath.asinh(10 ** 30), cmath.tanh(-3))
