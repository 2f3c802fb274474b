# float: as_integer_ratio, is_integer, hex, fromhex, shortest repr, int/float conversions.
values = [0.0, -0.0, 0.1, 0.5, 1.5, -2.75, 3.0, 1e-10, 1e300, 2.0**-1074, 123.456, 1/3]
for v in values:
    print(repr(v), v.as_integer_ratio(), v.is_integer(), v.hex())
for s in ["0x1p-1", "0x1.8p1", "-0x1.fffffffffffffp+1023", "0x0.0000000000001p-1022", "0x10", "inf", "-nan"]:
    print(s, repr(float.fromhex(s)))
for v in [0.1, 0.2, 0.3, 1.1, 2.2, 3.3, 0.1 + 0.2, 1 / 10, 100.0, 1e15, 1e16, 1.5e-5, 12345678901234567890.0]:
    print(repr(v), str(v), repr(v * 3))
print(float("1.5"), float(" -2e3 "), float("inf"), float("-Infinity"), repr(float("nan")), float(7), float(True))
print(int(3.99), int(-3.99), int(1e20), float(2**53 + 1), (2.5).__round__() if False else round(2.5))
print(repr(7 / 2), repr(-7 / 2), repr(1 / 3), repr(2 / 3), repr(10 / 4), 7 // 2.0, -7 // 2.0, 7 % -2.5)
print(repr(1e308 * 10), repr(-1e308 * 10), repr(2.0 ** 0.5), repr(10 ** -2), repr(2 ** -1))
print((0.5).conjugate(), abs(-1.5))
print(3.0 == 3, 0.1 + 0.2 == 0.3, float("nan") == float("nan"), 1e16 + 1 == 1e16)
for bad in ["abc", "", "1.2.3", "0x1p"]:
    try:
        float(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    float.fromhex("zz")
except ValueError as e:
    print("ValueError:", e)
try:
    (1.5).as_integer_ratio() and float("inf").as_integer_ratio()
except OverflowError as e:
    print("OverflowError:", e)
try:
    float("nan").as_integer_ratio()
except ValueError as e:
    print("ValueError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
