# Big integers: factorials, Fibonacci, powers with modulus, divmod signs, bit operations, conversions.
import math
f = 1
for i in range(1, 31):
    f *= i
    if i % 5 == 0:
        print(i, f, len(str(f)), f.bit_length())
print(math.factorial(100))
print(sum(int(d) for d in str(math.factorial(100))), str(math.factorial(52))[:10], math.factorial(25) // math.factorial(20))
a, b = 0, 1
for i in range(300):
    a, b = b, a + b
print("fib300", a, a % 1000000007, a.bit_length())
print(2 ** 200, 3 ** 100, (-2) ** 127, 7 ** 77 % 10 ** 9)
print(pow(2, 10 ** 18, 10 ** 9 + 7), pow(3, 1000, 1000), pow(12345678901234567890, 65537, 2 ** 127 - 1))
print(pow(3, -1, 7), pow(7, -1, 40), pow(2, -3, 9))
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
big = 10 ** 30 + 12345
for d in [7, -7, 10 ** 15, -(10 ** 15), 3]:
    q, r = divmod(big, d)
    print(d, q, r, q * d + r == big, divmod(-big, d))
print(-(10 ** 20) // 3, -(10 ** 20) % 3, (10 ** 20) // -3, (10 ** 20) % -3)
x = 0xDEADBEEFCAFEBABE1234
print(hex(x), bin(x & 0xFFFF), oct(x >> 60), x.bit_length(), bin(x).count("1"), x.bit_count())
print(x & (x - 1), x | 1, x ^ (2 ** 80 - 1), ~x, -x >> 3, -x << 5, x >> 100, -1 >> 1000)
print((1 << 100) - 1 == int("1" * 100, 2), int("zz" * 10, 36), int("-" + "9" * 40) + 10 ** 40)
n = 2 ** 127 - 1
print(str(n), repr(n), f"{n:,}", f"{n:_x}", f"{n:e}", format(n, "40d"), n.to_bytes(16, "big").hex())
print(int.from_bytes(b"\x01\x00\x00\x00\x00\x00\x00\x00\x00", "big"), int.from_bytes(b"\xff\xff", "little", signed=True),
      (-1).to_bytes(4, "big", signed=True), (1024).to_bytes(2, "little"))
print(math.gcd(2 ** 64, 6 ** 30), math.lcm(2 ** 40, 3 ** 20, 10), math.isqrt(10 ** 41), math.comb(100, 50), math.perm(20, 10))
def collatz_peak(n):
    peak = n
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        peak = max(peak, n)
        steps += 1
    return steps, peak
print(collatz_peak(27), collatz_peak(2 ** 100 + 1))
digits = []
num = 2 ** 64
while num:
    num, d = divmod(num, 10)
    digits.append(d)
print(digits[::-1], "".join(map(str, reversed(digits))) == str(2 ** 64))
print(abs(-10 ** 50), -(-10 ** 50) == 10 ** 50, 10 ** 50 > 10 ** 50 - 1, max(10 ** 40, 2 ** 133), hash(10 ** 30) == hash(10 ** 30))
print(round(123456789123456789, -5), round(10 ** 25 + 5, -1), 10 ** 25 / 10 ** 5, 10 ** 30 // 7 * 7 + 10 ** 30 % 7)
try:
    print(1 << -1)
except ValueError as e:
    print("ValueError:", e)
try:
    print(10 ** 400 * 1.0)
except OverflowError as e:
    print("OverflowError:", e)
