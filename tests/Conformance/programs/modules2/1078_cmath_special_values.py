# cmath's sqrt, exp, log, log10, rect, phase and polar for infinite and NaN arguments (CPython 3.12's special-value
# tables, with the signs cos and sin give where a table does not decide), CPython's errno rules (which special values are
# a domain error, cmath.log's base resetting errno, overflow), and the NaN constants' signs.
import cmath
import math


def show(v):
    # repr shows every bit of a number but not a NaN's sign; math.copysign does.
    parts = (v.real, v.imag) if isinstance(v, complex) else v if isinstance(v, tuple) else (v,)
    signs = ''.join('-' if math.copysign(1.0, p) < 0 else '+' for p in parts if math.isnan(p))
    return repr(v) + (' nan-signs ' + signs if signs else '')


def call(f, *args):
    try:
        return show(f(*args))
    except (ValueError, OverflowError) as e:
        return f'{type(e).__name__}: {e}'


inf, nan = float('inf'), float('nan')
parts = [-inf, -2.3, -0.0, 0.0, 2.3, inf, nan]
for f in (cmath.sqrt, cmath.exp, cmath.log, cmath.log10, cmath.phase, cmath.polar):
    print(f.__name__)
    for re in parts:
        print(' ', ' '.join(f'{call(f, complex(re, im))};' for im in parts))
print('rect')
for r in parts:
    print(' ', ' '.join(f'{call(cmath.rect, r, phi)};' for phi in parts))

print('signs from cos and sin')
for im in (1, 2, 4, -1, -2, -4, 1e300, 5e-324):
    print(im, call(cmath.exp, complex(inf, im)), call(cmath.exp, complex(-inf, im)), call(cmath.rect, inf, im),
          call(cmath.rect, -inf, im))

print('ordinary and edge values')
for z in [0.5 + 0.5j, -4, -4 + 0j, complex(-4, -0.0), 1e-320j, complex(-1e-320, -0.0), 1.7976931348623157e308 + 1j,
          1e308 + 1e308j, 0.71, 1.73, 0.7 + 0.1j, 1.7 + 0.1j, complex(0.6, 0.8), 1e-300 + 1e-300j, 709.78 + 1j,
          709.79 + 3j, -745.2 + 1j, -800 + 1j]:
    print(repr(z), ' | '.join(call(f, z) for f in (cmath.sqrt, cmath.exp, cmath.log, cmath.log10)))
for r, phi in [(2, 1e300), (1e300, 3), (-1, 0.0), (-1, -0.0), (0.0, 5), (-0.0, 5), (5e-324, 1), (1.7e308, 0.7)]:
    print(r, phi, call(cmath.rect, r, phi))

print('log with a base')
for x, base in [(0, 2), (2, 0), (0, 0), (2, 1), (0, 1), (inf, 2), (2, inf), (nan, 2), (-1, -1), (1j, 2j),
                (complex(0.0, -0.0), 10), (1e-300, 1e300), (8, 2), (100, 10), (inf, inf), (complex(-inf, 1), 2)]:
    print(repr(x), repr(base), call(cmath.log, x, base))

print('errors')
for f, args in [(cmath.sqrt, (complex(inf, nan),)), (cmath.log, (0j,)), (cmath.log, (complex(-0.0, -0.0),)),
                (cmath.log10, (0,)), (cmath.exp, (complex(1, inf),)), (cmath.exp, (complex(inf, inf),)),
                (cmath.exp, (complex(-inf, inf),)), (cmath.exp, (complex(nan, inf),)), (cmath.exp, (710,)),
                (cmath.exp, (complex(710, 1e-300),)), (cmath.rect, (1, inf)), (cmath.rect, (0.0, inf)),
                (cmath.rect, (nan, inf)), (cmath.rect, (-inf, -inf)), (cmath.rect, (1e308, 1e-300)),
                (cmath.polar, (complex(1e308, 1e308),)), (cmath.log, ()), (cmath.rect, (1,)), (cmath.log, (1, 2, 3))]:
    try:
        print(f.__name__, args, show(f(*args)))
    except (ValueError, OverflowError, TypeError) as e:
        print(f.__name__, args, f'{type(e).__name__}: {e}')

print('phase underflow')
# glibc's atan2 sets ERANGE when a nonzero y over a finite x gives 0: cmath.phase raises, cmath.polar does not (its
# modulus computation resets errno), and a subnormal phase is no error.
for z in [complex(4, 5e-324), complex(1e300, -5e-324), complex(1.7e308, 2e-308), complex(1, 5e-324), complex(1e300, 1e-10),
          complex(-1e300, 1e-20), complex(1e300, 0.0), complex(1e300, -0.0)]:
    print(repr(z), call(cmath.phase, z), call(cmath.polar, z))

print('constants and predicates')
print(show(cmath.nan), show(cmath.nanj), show(math.nan), cmath.inf, cmath.infj)
print([cmath.isclose(a, b) for a, b in [(complex(inf, 1), complex(inf, 1)), (complex(inf, 1), complex(inf, 2)),
                                         (complex(nan, 0), complex(nan, 0)), (inf, -inf), (1e308 + 1e308j, 1e308 + 1e308j)]])
print([cmath.isinf(complex(nan, inf)), cmath.isnan(complex(inf, nan)), cmath.isfinite(complex(1e308, -1e308))])
