# The sign bit of a NaN, as math.copysign shows it: float('nan'), math.nan and float.fromhex('nan') are C's NaN with
# the sign bit clear, '-nan' sets it, and arithmetic NaNs are the hardware's (x86: the sign bit set).
import math

for text in ["nan", "-nan", "+nan", "NaN", "  -NAN ", "+NaN\n"]:
    print(repr(text), math.copysign(1, float(text)), math.copysign(1, float.fromhex(text)))
print(math.copysign(1, math.nan), math.copysign(1, -math.nan), math.copysign(1, abs(float("-nan"))))
inf = float("inf")
print(math.copysign(1, inf * 0), math.copysign(1, inf - inf), math.copysign(1, -(inf * 0)))
print(float("nan") != float("nan"), repr(float("-nan")), str(-math.nan), "%f" % float("-nan"), format(-math.nan, "e"))
