# Binary search by hand and with bisect: lower/upper bounds, insort, answer search on a predicate.
import bisect

def lower_bound(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo

def upper_bound(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if x < a[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo

data = [1, 3, 3, 3, 5, 8, 13, 21, 21, 34]
for x in [0, 1, 3, 4, 21, 34, 35]:
    lb, ub = lower_bound(data, x), upper_bound(data, x)
    print(x, lb, ub, bisect.bisect_left(data, x), bisect.bisect_right(data, x), bisect.bisect(data, x),
          "count", ub - lb, "found" if lb < len(data) and data[lb] == x else "absent")
print(bisect.bisect_left(data, 3, 2), bisect.bisect_left(data, 3, 0, 2), bisect.bisect_right(data, 21, 0, 8))

sorted_list = []
for v in [5, 1, 4, 1, 5, 9, 2, 6, 5, 3]:
    bisect.insort(sorted_list, v)
    print("insort", v, sorted_list)
bisect.insort_left(sorted_list, 5)
bisect.insort_right(sorted_list, 0)
print(sorted_list)

records = [("ann", 31), ("bob", 19), ("cy", 45), ("di", 27)]
records.sort(key=lambda r: r[1])
ages = [r[1] for r in records]
print(records, bisect.bisect_left(ages, 30), bisect.bisect_left(records, 30, key=lambda r: r[1]))
bisect.insort(records, ("eve", 33), key=lambda r: r[1])
print(records)

def grade(score, breakpoints=(60, 70, 80, 90), grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in (33, 59, 60, 61, 69, 70, 79, 80, 89, 90, 100)])

def isqrt_search(n):
    lo, hi = 0, n + 1
    steps = 0
    while hi - lo > 1:
        steps += 1
        mid = (lo + hi) // 2
        if mid * mid <= n:
            lo = mid
        else:
            hi = mid
    return lo, steps
for n in [0, 1, 15, 16, 17, 10 ** 12, 2 ** 100 + 7, 10 ** 40]:
    print(n, isqrt_search(n))

def first_true(lo, hi, pred):
    while lo < hi:
        mid = (lo + hi) // 2
        if pred(mid):
            hi = mid
        else:
            lo = mid + 1
    return lo

weights = [3, 2, 2, 4, 1, 4]
def days_needed(cap):
    days, load = 1, 0
    for w in weights:
        if load + w > cap:
            days += 1
            load = 0
        load += w
    return days
for d in (1, 2, 3, 4, 6):
    cap = first_true(max(weights), sum(weights), lambda c: days_needed(c) <= d)
    print("days", d, "capacity", cap)

rotated = [15, 18, 22, 31, 2, 4, 7, 11]
def find_rotated(a, target):
    lo, hi = 0, len(a) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if a[mid] == target:
            return mid
        if a[lo] <= a[mid]:
            if a[lo] <= target < a[mid]:
                hi = mid - 1
            else:
                lo = mid + 1
        else:
            if a[mid] < target <= a[hi]:
                lo = mid + 1
            else:
                hi = mid - 1
    return -1
print([find_rotated(rotated, t) for t in [15, 31, 2, 11, 5, 40]])
words = sorted(["pear", "apple", "fig", "banana", "cherry", "date"])
prefix = "b"
i = bisect.bisect_left(words, prefix)
j = bisect.bisect_left(words, prefix + "\uffff")
print(words, words[i:j], bisect.bisect(words, "coconut"))
