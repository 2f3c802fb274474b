# Fannkuch-redux in the style of the benchmarks game: for every permutation of 1..n, flip the
# prefix whose length is the first element until a 1 comes first; the checksum and the most flips.
# Permutations are made with list slicing (rotations) and flips with slice reversal.
# The problem size n is sys.argv[1]; the default is small.
import sys


def fannkuch(n):
    perm1 = list(range(n))
    count = [0] * n
    max_flips = 0
    checksum = 0
    sign = 1
    r = n
    permutations = 0
    worst = None
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        perm = perm1[:]
        flips = 0
        k = perm[0]
        while k:
            perm[:k + 1] = perm[k::-1]
            flips += 1
            k = perm[0]
        if flips > max_flips:
            max_flips = flips
            worst = perm1[:]
        checksum += flips if sign == 1 else -flips
        sign = -sign
        permutations += 1
        while True:
            if r == n:
                return checksum, max_flips, permutations, worst
            first = perm1[0]
            perm1[:r] = perm1[1:r + 1]
            perm1[r] = first
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1


def flips_of(order):
    perm = list(order)
    trail = [tuple(perm)]
    while perm[0]:
        k = perm[0]
        perm[:k + 1] = reversed(perm[:k + 1])
        trail.append(tuple(perm))
    return trail


n = int(sys.argv[1]) if len(sys.argv) > 1 else 7
for size in range(3, n + 1):
    checksum, max_flips, permutations, worst = fannkuch(size)
    print("n=%d permutations %d checksum %d max flips %d" % (size, permutations, checksum, max_flips))
    print("  first worst start:", [x + 1 for x in worst])
for step in flips_of([2, 0, 3, 1, 4]):
    print(" ", step)
print("%d\nPfannkuchen(%d) = %d" % (checksum, n, max_flips))
