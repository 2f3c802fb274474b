# cmath's trigonometric functions (acos, asin, atan, cos, sin, tan) as CPython 3.12 computes them: ordinary values,
# both sides of each branch cut (signed zeros), huge and tiny magnitudes, every infinite/NaN/zero/finite combination
# from the special-value tables, and the errors (the domain error of atan(+-1j), the overflows of cos/sin/tan's cosh).
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


functions = [cmath.acos, cmath.asin, cmath.atan, cmath.cos, cmath.sin, cmath.tan]
ordinary = [0j, 1, -1, 0.5, -0.5, 2, -2, 1j, -1j, 0.5j, 2j, -2j, 3 + 4j, -3 + 4j, 3 - 4j, -3 - 4j, 0.3 + 0.7j,
            1 + 1e-17j, 1e-8 + 1e-8j, 0.99999 + 0.00001j, 1.0000001, 0.9 - 0.4j, 20 + 0.5j, 0.5 + 20j, 700 + 1j,
            1 + 700j, 711 + 0.5j, 0.5 + 711j, 1000j, -1000j, 1e5 + 1e-5j]
print('ordinary')
for z in ordinary:
    print(repr(z), ' | '.join(call(f, z) for f in functions))

print('branch cuts')
cuts = [complex(-2, 0.0), complex(-2, -0.0), complex(2, 0.0), complex(2, -0.0), complex(0.0, 2), complex(-0.0, 2),
        complex(0.0, -2), complex(-0.0, -2), complex(1.5, 0.0), complex(1.5, -0.0), complex(-1.5, 0.0),
        complex(-1.5, -0.0), complex(0.0, 0.0), complex(-0.0, 0.0), complex(0.0, -0.0), complex(-0.0, -0.0),
        complex(1, 0.0), complex(1, -0.0), complex(-1, 0.0), complex(-1, -0.0), complex(0.0, 1), complex(-0.0, 1),
        complex(0.0, -1), complex(-0.0, -1)]
for z in cuts:
    print(repr(z), ' | '.join(call(f, z) for f in functions))

print('magnitudes')
sizes = [1e300, -1e300, 1e300j, -1e300j, 1e300 + 1e300j, -1e300 - 1e300j, 1.7e308 + 1.7e308j, -1.7e308 + 1j,
         1e-300, 1e-300j, 1e-300 + 1e-300j, 5e-324 + 5e-324j, -5e-324j, 1e-310 - 1e-310j, 1e160 + 1e-160j,
         1e154 + 1e154j, 3e153 - 2e153j, complex(1, 1e-160), complex(1, -1e-160), complex(-1, 1e-160),
         1e-20 + 1j, 1e-20 - 1j, 1.4e154 + 1j, 1j * 1.4e154]
for z in sizes:
    print(repr(z), ' | '.join(call(f, z) for f in functions))

print('special values')
inf, nan = float('inf'), float('nan')
parts = [-inf, -2.3, -0.0, 0.0, 2.3, inf, nan]
for f in functions:
    print(f.__name__)
    for re in parts:
        print(' ', ' '.join(f'{call(f, complex(re, im))};' for im in parts))

print('errors')
for f, z in [(cmath.atan, 1j), (cmath.atan, -1j), (cmath.atan, complex(0.0, 1)), (cmath.atan, complex(-0.0, -1)),
             (cmath.cos, 1000j), (cmath.sin, 1000j), (cmath.cos, 710j), (cmath.sin, 1 + 711j), (cmath.tan, 1000j),
             (cmath.cos, complex(1, inf)), (cmath.sin, complex(inf, 1)), (cmath.tan, complex(inf, 2)),
             (cmath.tan, complex(inf, nan)), (cmath.acos, complex(inf, inf))]:
    print(f.__name__, repr(z), call(f, z))
for bad in ['x', None, [1]]:
    try:
        cmath.acos(bad)
    except TypeError as e:
        print('TypeError', e)
try:
    cmath.sin(1, 2)
except TypeError as e:
    print('TypeError', e)


class Complexish:
    def __complex__(self):
        return 0.5 + 0.5j


class Floatish:
    def __float__(self):
        return 0.25


print(cmath.asin(Complexish()), cmath.tan(Floatish()), cmath.cos(True), cmath.atan(10 ** 20))
