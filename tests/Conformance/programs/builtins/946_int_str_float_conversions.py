# int(), str() and float() of ints, floats and strs (the one-argument conversions), their errors, and the same
# conversions in loops; int() of text around the 64-bit boundary and with Unicode digits.
import sys

texts = ["0", "7", "-0", "+15", "  42  ", "\t-9\n", "1_000", "1_000_000_007", "00012", "-00",
         "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809",
         "18446744073709551615", "18446744073709551616", "99999999999999999999999999999",
         "-123456789012345678901234567890", "１２３", "٣٤", "𝟏𝟐", "٣_٤", "x", "", " ", "1__0", "_1", "1_", "0x10", "1.5",
         "12a", "--1", "+-1", "1 2", "٣x"]
for t in texts:
    try:
        v = int(t)
        print(repr(t), "->", v, type(v).__name__)
    except ValueError as e:
        print(repr(t), "ValueError:", e)

for v in [0, -1, 2**62, 2**63 - 1, 2**63, -2**63, -2**63 - 1, 10**30, True, False]:
    print("str", str(v), "int", int(v), "float", float(v))

for f in [0.0, -0.0, 1.5, -2.75, 1e16, 1e-7, 123456789.123, 2.0**63, -2.0**63, 1e300, float("inf"), float("-inf"), float("nan")]:
    try:
        i = int(f)
    except (ValueError, OverflowError) as e:
        i = type(e).__name__ + ": " + str(e)
    print("float", repr(f), "str", str(f), "int", i, "float", float(f))

for t in ["1.5", " -2e3 ", "inf", "-Infinity", "nan", "1_0.5", "0x1p3", "abc", ""]:
    try:
        print("float(%r) =" % t, float(t))
    except ValueError as e:
        print("float(%r) ValueError:" % t, e)

for t in ["abc", "hé", "", "1"]:
    s = str(t)
    print("str(str)", repr(s), s is t)
f = 2.5
print("float(float) is", float(f) is f)
big = 10**40
print("int(big) is", int(big) is big)

# In loops, where the conversions run often.
total = 0
for i in range(20000):
    total += int(str(i)) + len(str(i * 7)) + int(float(i) / 2)
print("loop", total)
acc = 0.0
for i in range(1000):
    acc += float(str(i) + ".25")
print("floats", acc)
try:
    int(str(10**5000))
except ValueError as e:
    print("ValueError:", e)
sys.set_int_max_str_digits(6000)
print("digits", len(str(int("7" * 5000))))
bad = 0
for i in range(1000):
    try:
        int("n" + str(i))
    except ValueError:
        bad += 1
print("bad", bad)
