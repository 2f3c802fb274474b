# int/float conversions and comparisons at the edges: precision limits, mixed comparisons, hashing, rounding ties.
import math
big = 2 ** 53
print(float(big), float(big + 1), float(big + 2), int(float(big + 1)) == big, big + 1 == float(big + 1))
print(2 ** 53 + 1 > 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53, 10 ** 16 + 1 > 1e16, (10 ** 16 + 1) - 1e16)
print(float(2 ** 63), float(2 ** 64 - 1), int(2.0 ** 63), float(-2 ** 63), 2 ** 63 == 2.0 ** 63)
print(int(1e18), int(1.5e18), int(-1e-18), int(0.999999999999), int(-0.999999999999), int(9.999999999999999e22))
print(float(10 ** 22) == 1e22, float(10 ** 23) == 1e23, 10 ** 23 == 1e23, float("1e23"), float(10 ** 23))
print(1e308 == 10 ** 308, 1e308 < 10 ** 309, float("inf") > 10 ** 1000, -float("inf") < -(10 ** 1000), float("nan") == 0)
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(-1), hash(-2), hash(0.5), hash(1.5), hash(float(2 ** 70)) == hash(2 ** 70))
print(hash(float("inf")), hash(-float("inf")), hash(1e-300) == hash(1e-300), {1: "int", 1.0: "float"}, {True: 1, 1: 2})
for x in [0.5, 1.5, 2.5, -0.5, -1.5, 0.49999999999999994, 4503599627370497.0, 1e300]:
    print(x, round(x), math.floor(x), math.ceil(x), int(x) if abs(x) < 1e20 else "big")
for x, nd in [(1.005, 2), (2.675, 2), (1.0000000000000002, 15), (123.456, -1), (-123.456, -2), (0.5, 0), (1.5, 0), (1e-10, 5)]:
    print(x, nd, round(x, nd), f"{x:.{max(nd, 0)}f}")
for s in ["0.1", "1e-320", "4.9e-324", "2.5e-324", "1.7976931348623157e308", "1.8e308", "-0", "+1.5", " 3.25 ", "1_000.5", "infinity", "-NaN"]:
    v = float(s)
    print(repr(s), repr(v), v.hex() if math.isfinite(v) else "-", v == v)
print(0.1 + 0.2, 0.1 + 0.2 == 0.3, round(0.1 + 0.2, 15) == 0.3, (0.1).as_integer_ratio(), (0.5).as_integer_ratio())
print(1 / 3, 2 / 3, 10 / 3, 1e16 / 3, 7 / 7, -7 / 2, 7 // -2, -7 % 2, 2 ** 0.5 * 2 ** 0.5, 9 ** 0.5, 8 ** (1 / 3))
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7, -2.5), math.fmod(-7.5, 2), -7.5 % 2, math.remainder(7.5, 2))
print(int("  -0042 "), int("0x_ff", 16) if False else int("ff", 16), int("-0b101", 0), int("0o17", 0), int("z", 36), int("10", 2))
print(str(1e16), str(1e15), str(1.5e-5), str(0.0001), str(123456789012345678.0), repr(1e-7), repr(-0.0), str(1e100))
print(math.isclose(1e-9, 0, abs_tol=1e-8), math.isclose(100, 101, rel_tol=0.01), math.isclose(1, 1.0000001))
print(sum([1e100, 1.0, -1e100]), math.fsum([1e100, 1.0, -1e100]), sum([0.1] * 3) == 0.3, math.fsum([0.1] * 3) == 0.3)
print(max(1, 1.0), max(1.0, 1), min(0, -0.0), min(-0.0, 0), sorted([1, 1.0, True, 0.5, False]))
