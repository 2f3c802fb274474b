# math.sumprod's exact paths (ints, floats, int/float pairs, bools) and math.floor/ceil/trunc dispatching
# to a class's __floor__/__ceil__/__trunc__; math functions taking objects with __float__ or __index__.
import math
import random
from fractions import Fraction

rng = random.Random(12345)


def value():
    c = rng.random()
    if c < 0.5:
        return rng.uniform(-1, 1) * 10 ** rng.randint(-20, 20)
    if c < 0.7:
        return rng.randint(-10 ** 6, 10 ** 6)
    if c < 0.75:
        return rng.choice([True, False, 2 ** 70, 1e308, -1e308, 5e-324, 0.0, -0.0])
    return rng.randint(-1000, 1000) / 7


results = []
for _ in range(400):
    n = rng.randint(0, 10)
    p = [value() for _ in range(n)]
    q = [value() for _ in range(n)]
    try:
        results.append(repr(math.sumprod(p, q)))
    except Exception as e:
        results.append(type(e).__name__)
for i in range(0, len(results), 8):
    print(' '.join(results[i:i + 8]))

print(math.sumprod([1, 2, 3], [4, 5, 6]), math.sumprod([], []), math.sumprod([2 ** 63, 3], [2 ** 63, 4]))
print(math.sumprod([0.1] * 10, [1.0] * 10), sum([0.1] * 10), math.sumprod([1e20, 1.0, -1e20], [1.0, 1.0, 1.0]))
print(math.sumprod([True, False, True], [0.5, 0.25, 0.125]), math.sumprod([Fraction(1, 3), 2], [3, 0.5]))
print(math.sumprod([1, 2.5], [Fraction(1, 2), 2]), math.sumprod(iter([1.5, 2.5]), (x for x in [2, 4])))
print(math.sumprod([float('inf'), 1.0], [1.0, 2.0]), math.sumprod([1e308, 1e308], [10.0, -10.0]))
for bad in (([1], [2, 3]), ([1, 2], [3])):
    try:
        math.sumprod(*bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    math.sumprod(['a', 'b'], [2, 3])
except TypeError as e:
    print(type(e).__name__, e)


class Rounder:
    def __floor__(self):
        return 'floor'

    def __ceil__(self):
        return 'ceil'

    def __trunc__(self):
        return 'trunc'

    def __round__(self, n=None):
        return ('round', n)


class OnlyFloat:
    def __float__(self):
        return 2.75


class OnlyIndex:
    def __index__(self):
        return 9


print(math.floor(Rounder()), math.ceil(Rounder()), math.trunc(Rounder()), round(Rounder()), round(Rounder(), 3))
print(math.floor(OnlyFloat()), math.ceil(OnlyFloat()), math.sqrt(OnlyFloat()), math.sqrt(OnlyIndex()))
print(math.floor(2.5), math.ceil(-2.5), math.trunc(-2.5), math.floor(7), math.floor(True), math.ceil(-0.5))
print(math.exp(Fraction(1)), math.log(Fraction(1, 8), 2), math.fsum([Fraction(1, 10)] * 10), math.isfinite(OnlyIndex()))
for bad in (OnlyFloat(), 'x', None):
    try:
        math.trunc(bad)
    except TypeError as e:
        print(type(e).__name__, e)
for bad in ('x', None, object):
    try:
        math.floor(bad)
    except TypeError as e:
        print(type(e).__name__, e)


class BadFloat:
    def __float__(self):
        return 1


try:
    math.sqrt(BadFloat())
except TypeError as e:
    print(type(e).__name__, e)
