# Sorting algorithms written by hand, with comparison counts, stability checks and agreement with sorted().
import random

class Counted:
    comparisons = 0
    def __init__(self, key, tag):
        self.key, self.tag = key, tag
    def __lt__(self, other):
        Counted.comparisons += 1
        return self.key < other.key
    def __le__(self, other):
        Counted.comparisons += 1
        return self.key <= other.key
    def __repr__(self):
        return f"{self.key}{self.tag}"

def bubble(a):
    a = a[:]
    for i in range(len(a)):
        swapped = False
        for j in range(len(a) - 1 - i):
            if a[j + 1] < a[j]:
                a[j], a[j + 1] = a[j + 1], a[j]
                swapped = True
        if not swapped:
            break
    return a

def insertion(a):
    a = a[:]
    for i in range(1, len(a)):
        x = a[i]
        j = i - 1
        while j >= 0 and x < a[j]:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = x
    return a

def merge_sort(a):
    if len(a) <= 1:
        return a[:]
    mid = len(a) // 2
    left, right = merge_sort(a[:mid]), merge_sort(a[mid:])
    out, i, j = [], 0, 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i]); i += 1
        else:
            out.append(right[j]); j += 1
    return out + left[i:] + right[j:]

def quick(a):
    if len(a) <= 1:
        return a[:]
    pivot = a[len(a) // 2]
    return quick([x for x in a if x < pivot]) + [x for x in a if not (x < pivot) and not (pivot < x)] + quick([x for x in a if pivot < x])

def heap_sort(a):
    a = a[:]
    n = len(a)
    def sift(start, end):
        root = start
        while 2 * root + 1 < end:
            child = 2 * root + 1
            if child + 1 < end and a[child] < a[child + 1]:
                child += 1
            if a[root] < a[child]:
                a[root], a[child] = a[child], a[root]
                root = child
            else:
                return
    for start in range(n // 2 - 1, -1, -1):
        sift(start, n)
    for end in range(n - 1, 0, -1):
        a[0], a[end] = a[end], a[0]
        sift(0, end)
    return a

def counting(a, lo, hi):
    counts = [0] * (hi - lo + 1)
    for x in a:
        counts[x - lo] += 1
    return [i + lo for i, c in enumerate(counts) for _ in range(c)]

rng = random.Random(31)
keys = [rng.randint(0, 9) for _ in range(16)]
items = [Counted(k, "abcdefghijklmnop"[i]) for i, k in enumerate(keys)]
print("input ", items)
expected = sorted(items, key=lambda c: c.key)
for fn in (bubble, insertion, merge_sort, quick, heap_sort):
    Counted.comparisons = 0
    result = fn(items)
    stable = [repr(x) for x in result] == [repr(x) for x in expected]
    print(f"{fn.__name__:<10} comparisons={Counted.comparisons:>4} sorted={[x.key for x in result] == [x.key for x in expected]} stable={stable}")
    print("          ", result)
print("counting  ", counting(keys, 0, 9) == sorted(keys))
for n in (0, 1, 2, 50):
    data = [rng.randint(-100, 100) for _ in range(n)]
    print(n, all(fn(data) == sorted(data) for fn in (bubble, insertion, merge_sort, quick, heap_sort)))
words = "banana Apple cherry apple Banana date Cherry".split()
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=lambda w: (w.lower(), w)))
print(sorted(words, key=len, reverse=True), sorted(set(w.lower() for w in words)))
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "y")]
pairs.sort(key=lambda p: p[1])
pairs.sort(key=lambda p: p[0])
print(pairs, sorted(pairs, reverse=True), list(reversed(sorted(pairs))))
