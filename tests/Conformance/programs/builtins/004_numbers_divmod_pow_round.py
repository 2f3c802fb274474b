# divmod, pow (with modulus, negative exponents, modular inverse), round (banker's, ndigits), abs.
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (7.5, 2), (-7.5, 2), (1, 0.3)]:
    print(a, b, divmod(a, b))
print(pow(2, 10), pow(2, -1), pow(2, 100), pow(-2, 3), pow(2.5, 2), pow(4, 0.5))
print(pow(3, 4, 5), pow(2, 100, 1000000007), pow(-3, 3, 7), pow(3, 3, -7))
print(pow(3, -1, 7), pow(2, -1, 11), pow(38, -1, 97), pow(5, -2, 13))
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print("TypeError:", e)
print([round(x) for x in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, 2.675, 0.4999999]])
print(round(2.675, 2), round(1.005, 2), round(3.14159, 3), round(-1.25, 1), round(1.35, 1), round(1234.5678, -2))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(5, 2), round(15, -1), round(25, -1))
print(repr(round(0.1 + 0.2, 10)), repr(round(1e20, 2)), repr(round(123.456, -1)), type(round(2.5)).__name__, type(round(2.5, 0)).__name__)
print(abs(-5), abs(3.25), abs(-0.0), abs(-2**70), abs(True))
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    divmod(1.0, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
