# pidigits in the style of the benchmarks game: Gibbons' unbounded spigot on big ints.
# The number of digits is sys.argv[1]; the default is small.
import sys

def pi_digits(count):
    q, r, t, k, n, l = 1, 0, 1, 1, 3, 3
    produced = 0
    while produced < count:
        if 4 * q + r - t < n * t:
            yield n
            produced += 1
            q, r, t, k, n, l = 10 * q, 10 * (r - n * t), t, k, (10 * (3 * q + r)) // t - 10 * n, l
        else:
            q, r, t, k, n, l = q * k, (2 * q + r) * l, t * l, k + 1, (q * (7 * k + 2) + r * l) // (t * l), l + 2


digits = list(pi_digits(int(sys.argv[1]) if len(sys.argv) > 1 else 600))
line = ""
for i, d in enumerate(digits, 1):
    line += str(d)
    if i % 10 == 0:
        print(line + "\t:" + str(i))
        line = ""
if line:
    print(line.ljust(10) + "\t:" + str(len(digits)))
print("sum of digits:", sum(digits))
print("most common:", max(range(10), key=digits.count))
