# Floats: shortest round-trip repr, round(), int/float conversions and their edge cases.
values = [0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 123456789.123456789, 1e-4, 1e-5, 5e-324,
          1.7976931348623157e308, 2.0 ** 53, 2.0 ** 53 + 1, -0.0, 100.0, 1e22, 1e23, 0.3, 9.995]
for v in values:
    print(repr(v), str(v), v.is_integer(), v.as_integer_ratio() if v == v and abs(v) < 1e300 else "big")
for v in [2.5, 3.5, -2.5, 0.5, 1.5, 2.675, 0.125, 1234.5678, -0.5]:
    print(v, round(v), round(v, 1), round(v, 2), round(v, -1), type(round(v)).__name__, type(round(v, 0)).__name__)
for n in [15, 25, 35, 1250, -1250, 123456]:
    print(n, round(n, -1), round(n, -2), round(n, 1))
print(int(3.9), int(-3.9), int(1e20), int("  42  "), int("-0"), int("1_000"), int("0b101", 0), int("ff", 16), int("z", 36))
print(float("1.5"), float(" -2.5e3 "), float("inf"), float("-Infinity"), float("nan") != float("nan"), float("1_0.5"), float(7))
print(float.fromhex("0x1.8p1"), (0.1).hex(), (1.0).hex(), float.fromhex((0.1).hex()) == 0.1, (-2.5).hex())
import math
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.floor(2.5), math.ceil(2.5), round(-2.5))
print(7 // 2, -7 // 2, 7 % 3, -7 % 3, 7 % -3, 7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, divmod(-7.5, 2))
print(2 ** -1, 2 ** 0.5, (-8) ** 2, 10 ** 20, 10.0 ** 20, 0.1 * 3, 1 - 0.9, 1e308 * 10, -1e308 * 10)
print(abs(-0.0), -0.0 == 0.0, math.copysign(1, -0.0), 1 / 3 * 3 == 1, 0.1 + 0.2 == 0.3, math.isclose(0.1 + 0.2, 0.3))
print(sum([0.1] * 10), math.fsum([0.1] * 10), 1e16 + 1 - 1e16, 3 * 1.1)
bad = ["abc", "", "1.2.3", "0x10", "1e", "--1", "1 2"]
for s in bad:
    for conv in (int, float):
        try:
            print(conv.__name__, repr(s), conv(s))
        except ValueError as e:
            print(conv.__name__, "ValueError:", e)
for f in [float("inf"), float("nan")]:
    try:
        print(int(f))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    print(2.0 ** 10000)
except OverflowError as e:
    print("OverflowError", e)
try:
    print(float(10 ** 400))
except OverflowError as e:
    print("OverflowError", e)
print(10 ** 400 // 10 ** 399, float(10 ** 300), int(float(2 ** 70)) == 2 ** 70, int(1e300) % 1000)
print(1.0 == 1, hash(1.0) == hash(1), 0.5 < 1, 3 > 2.999999, max(1, 1.0), min(1.0, 1), sorted([3, 1.5, 2, 0.5]))
total = 0.0
for i in range(1, 11):
    total += 1 / i
    print(i, total, f"{total:.10f}", round(total, 3))
