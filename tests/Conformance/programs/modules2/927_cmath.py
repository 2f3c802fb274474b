# cmath for finite arguments: sqrt, exp, log (with a base), log10, phase, polar, rect, the predicates and isclose,
# each compared digit for digit with CPython's (the same algorithms over the C library), and its errors.
import cmath
values = [0j, -0j, 1, -1, 2.5, 1j, -1j, 3 + 4j, -3 - 4j, 1e-310 + 1e-310j, 1e308 + 1e308j, 0.9 + 0.3j, 1 + 1e-17j,
          complex(-2, -0.0), -1e-5 + 0.99999j, 123456789 + 987654321j]
for z in values:
    out = [repr(cmath.sqrt(z)), repr(cmath.phase(z)), repr(cmath.isfinite(z))]
    for f in (cmath.exp, cmath.log, cmath.log10, cmath.polar):
        try:
            out.append(repr(f(z)))
        except (ValueError, OverflowError) as e:
            out.append(f'{type(e).__name__}: {e}')
    print(repr(z), ' '.join(out))
print(cmath.log(8, 2), cmath.log(1j, 1j), cmath.log(100, 10), cmath.log(-1, -1))
for args in [(0, 1), (2, 3), (1.5, cmath.pi / 2), (-1, -0.0), (2, 0.0), (0.0, -0.0), (1e200, 1e-200)]:
    print(args, cmath.rect(*args))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
print(cmath.isinf(complex(1, float('inf'))), cmath.isnan(complex(float('nan'), 1)), cmath.isfinite(1e308), cmath.isinf(3))
print(cmath.phase(complex(float('inf'), float('-inf'))), cmath.phase(complex(-float('inf'), 1)), cmath.phase(complex(1, float('nan'))))
print(cmath.polar(complex(float('inf'), float('nan'))), cmath.polar(-2))
print(cmath.isclose(1, 1 + 1e-10), cmath.isclose(1j, 1.0000001j, rel_tol=1e-3), cmath.isclose(0, 1e-12, abs_tol=1e-9), cmath.isclose(1j, 1j + 1e-9))
class C:
    def __complex__(self):
        return 4j
class F:
    def __float__(self):
        return 9.0
print(cmath.sqrt(C()), cmath.sqrt(F()), cmath.sqrt(True))
for call in [lambda: cmath.log(0), lambda: cmath.log(1, 0), lambda: cmath.log(2, 1), lambda: cmath.exp(1000), lambda: cmath.exp(710 + 1j),
             lambda: cmath.polar(1e308 + 1e308j * 2), lambda: cmath.sqrt('x'), lambda: cmath.isclose(1, 2, rel_tol=-1),
             lambda: cmath.rect('1', 2), lambda: cmath.sqrt()]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)

# A modulus that overflows: isclose ignores it (CPython reads no errno there), polar and abs raise their own errors.
print(cmath.isclose(1.7e308+1.7e308j, 1.6e308+1.7e308j))
try:
    print(cmath.polar(1.7e308+1.7e308j))
except OverflowError as e:
    print("OverflowError", e)
try:
    print(abs(1.7e308+1.7e308j))
except OverflowError as e:
    print("OverflowError", e)
