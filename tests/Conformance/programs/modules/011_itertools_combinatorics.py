# product, permutations, combinations, combinations_with_replacement: order and counts.
from itertools import product, permutations, combinations, combinations_with_replacement
from math import comb, perm, factorial

print(list(product("ab", "xy")))
print(list(product(range(2), repeat=3)))
print(list(product("ab", [1, 2], repeat=2))[:6], len(list(product("ab", [1, 2], repeat=2))))
print(list(product()), list(product([], [1, 2])))

print(list(permutations("abc")))
print(list(permutations(range(4), 2)))
print(list(permutations([1, 2], 0)), list(permutations([1, 2], 3)))

print(list(combinations("abcd", 2)))
print(list(combinations(range(5), 3)))
print(list(combinations("ab", 0)), list(combinations("ab", 3)))

print(list(combinations_with_replacement("abc", 2)))
print(list(combinations_with_replacement(range(3), 3)))
print(list(combinations_with_replacement([], 2)), list(combinations_with_replacement([], 0)))

for n in range(6):
    for r in range(n + 2):
        p = len(list(permutations(range(n), r)))
        c = len(list(combinations(range(n), r)))
        w = len(list(combinations_with_replacement(range(n), r)))
        print(n, r, p, perm(n, r), c, comb(n, r), w, comb(n + r - 1, r) if n > 0 else (1 if r == 0 else 0))

# Subsets of a set by size, and a tiny brute-force search.
items = [3, 5, 8, 13]
for k in range(len(items) + 1):
    sums = [sum(c) for c in combinations(items, k)]
    print(k, sums)
target = 21
hits = [c for k in range(1, 5) for c in combinations(items, k) if sum(c) == target]
print("sum to", target, hits)

# Password-lock style enumeration.
codes = ["".join(p) for p in product("012", repeat=2)]
print(codes)
print(factorial(4), len(list(permutations("wxyz"))))
try:
    list(combinations("abc", -1))
except ValueError as e:
    print("ValueError:", e)
try:
    list(product("ab", repeat=-1))
except ValueError as e:
    print("ValueError:", e)
