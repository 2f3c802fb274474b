# Found by tools/fuzz.sh programs (seed 3266): a float floor division whose quotient is zero keeps the
# sign of x / y (copysign), so -0.0 // 2.5 is -0.0; the remainder of an exact division has y's sign.
for a, b in [(0.0, 2.5), (-0.0, 2.5), (0.0, -2.5), (-0.0, -2.5), (0.0, -1.0), (-0.0, 1.0), (1.0, float('inf')), (-1.0, float('inf')), (0.0, float('-inf'))]:
    print(a, b, a // b, a % b, divmod(a, b))
print(--0.0, -0.0, (--0.0))
print(-0.0 // 2.5, 0.0 // -2.5, -0.0 % 2.5, divmod(-0.0, 1.0))
for a in (-0.0, 0.0):
    for b in (-3.0, 3.0, float("inf"), float("-inf")):
        q = a // b; r = a % b
        print(a, b, q, r, str(q)[0] == "-", str(r)[0] == "-")
