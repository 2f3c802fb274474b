# Sequence unpacking in the style of pyperformance's unpack_sequence: tuple and list unpacking,
# swaps and rotations of locals, unpacking in for-targets, starred targets and nested targets.
# The number of rounds is sys.argv[1]; the default is small.
import sys


def swaps(rounds):
    a, b, c, d = 1, 2, 3, 4
    for _ in range(rounds):
        a, b = b, a
        b, c = c, b
        c, d = d, c
        a, b, c, d = d, c, b, a
        a, b, c = c, a, b
    return a, b, c, d


def unpack_tuples(rounds):
    t = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10)
    total = 0
    for i in range(rounds):
        a, b, c, d, e, f, g, h, j, k = t
        total += a - b + c - d + e - f + g - h + j - k + i % 3
        a, b, c, d, e, f, g, h, j, k = t
        total += k
    return total


def unpack_lists(rounds):
    items = [10, 20, 30, 40, 50]
    total = 0
    for i in range(rounds):
        a, b, c, d, e = items
        items[i % 5] = (e + a + i) % 1009
        total += a + e - c
    return total, items


def fibonacci_pairs(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, (a + b) % 1000003
    return a, b


def for_targets(rounds):
    pairs = [(i, i * i) for i in range(10)]
    nested = [(i, (i + 1, i + 2)) for i in range(10)]
    total = 0
    for _ in range(rounds):
        for x, y in pairs:
            total += y - x
        for x, (y, z) in nested:
            total += z - y + x
        total %= 1000000007
    return total


def starred(rounds):
    data = [1, 2, 3, 4, 5, 6]
    total = 0
    for i in range(rounds):
        first, *middle, last = data
        head, *tail = middle
        total += first + last + head + len(tail)
        data[i % 6] += 1
    return total, data


def divmods(rounds):
    acc = 0
    for i in range(1, rounds + 1):
        q, r = divmod(i * 7919, 97)
        lo, hi = (q, r) if q < r else (r, q)
        acc += hi - lo
    return acc


n = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
print("rounds", n)
print("swaps:", swaps(n), swaps(n + 1), swaps(n + 2))
print("tuples:", unpack_tuples(n))
print("lists:", unpack_lists(n))
print("fibonacci mod p:", fibonacci_pairs(n))
print("for targets:", for_targets(n // 10))
print("starred:", starred(n))
print("divmod pairs:", divmods(n))
x, (y, [z, w]), *rest = 1, (2, [3, 4]), 5, 6
print(x, y, z, w, rest)
