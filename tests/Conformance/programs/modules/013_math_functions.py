# math: every result printed with repr so that each bit shows.
import math

xs = [0.0, 0.1, 0.5, 1.0, 2.0, 3.5, 10.0, 100.0, 1e-10, 1e10]
for x in xs:
    print(repr(x), repr(math.sqrt(x)), repr(math.exp(x) if x < 700 else 0), repr(math.log1p(x)), repr(math.expm1(x) if x < 700 else 0))
for x in [-2.0, -0.5, 0.0, 0.3, 1.5, 3.0]:
    print(repr(x), repr(math.sin(x)), repr(math.cos(x)), repr(math.tan(x)), repr(math.atan(x)), repr(math.sinh(x)), repr(math.cosh(x)), repr(math.tanh(x)))
    print("  ", repr(math.asinh(x)), repr(math.erf(x)), repr(math.erfc(x)), repr(math.cbrt(x)), repr(math.exp2(x)))
for x in [-1.0, -0.5, 0.0, 0.5, 1.0]:
    print(repr(math.asin(x)), repr(math.acos(x)))
for x in [1.0, 1.5, 10.0]:
    print(repr(math.acosh(x)), repr(math.log(x)), repr(math.log2(x)), repr(math.log10(x)), repr(math.log(x, 3)))
print(math.log(2**1000), math.log2(2**100), math.log10(10**50), math.log(1024, 2))
print(repr(math.atanh(0.5)), repr(math.atan2(1, -1)), repr(math.atan2(-0.0, -1)))
print(repr(math.degrees(math.pi)), repr(math.radians(180)), repr(math.tau), repr(math.e))
print(repr(math.hypot(3, 4)), repr(math.hypot(1, 1)), repr(math.hypot(1e200, 1e200)), repr(math.hypot()), repr(math.hypot(-5)))
print(repr(math.hypot(1.5, 2.5, 3.5)), repr(math.dist((1, 2), (4, 6))), repr(math.dist([0.1, 0.2, 0.3], [1.1, 2.2, 3.3])))
print(repr(math.fsum([0.1] * 10)), repr(sum([0.1] * 10)), repr(math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50])))
print(repr(math.fsum([])), repr(math.fsum([1, 2, 3])), repr(math.fsum([0.3, 0.6, 0.1, -0.6])))
print(math.floor(3.7), math.floor(-3.7), math.ceil(3.2), math.ceil(-3.2), math.trunc(-3.9), math.floor(5))
print(math.factorial(20), math.factorial(0), math.gcd(48, 180), math.gcd(), math.gcd(0, 0, 12), math.lcm(4, 6, 10), math.lcm())
print(math.comb(10, 3), math.comb(52, 5), math.comb(5, 7), math.perm(5, 2), math.perm(5), math.perm(3, 5))
print(math.isqrt(99), math.isqrt(10**30), math.prod([1, 2, 3, 4]), math.prod([]), math.prod([0.5, 4], start=3))
print(repr(math.fmod(7, 3)), repr(math.fmod(-7, 3)), repr(math.fmod(7.5, -2)), repr(math.remainder(7, 3)), repr(math.remainder(5, 2)), repr(math.remainder(7, 2)))
print(math.modf(3.75), math.modf(-2.5), math.frexp(8.0), math.frexp(0.1), math.frexp(0.0), math.ldexp(0.625, 4))
print(repr(math.copysign(3, -0.0)), repr(math.fabs(-2)), math.isnan(math.nan), math.isinf(-math.inf), math.isfinite(1e308))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1.0, 1.1), math.isclose(1.0, 1.1, rel_tol=0.2), math.isclose(0.0, 1e-10, abs_tol=1e-9))
print(repr(math.nextafter(1.0, 2.0)), repr(math.nextafter(1.0, 0.0)), repr(math.ulp(1.0)), repr(math.ulp(1e300)), repr(math.ulp(0.0)))
print(repr(math.pow(2, 0.5)), repr(math.pow(-8, 3)), repr(math.pow(0, 0)), repr(math.pow(math.inf, -1)))
print(math.sumprod([1, 2, 3], [4, 5, 6]))
