# bisect: grading tables, insertion points, insort keeping a list sorted, key=.
import bisect

def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]

print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100, 59, 60]])

a = [1, 2, 4, 4, 4, 7, 9]
for x in [0, 1, 3, 4, 5, 9, 10]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left(a, 4, 3), bisect.bisect_right(a, 4, 0, 3), bisect.bisect_left(a, 4, lo=4, hi=6))

s = []
for x in [5, 1, 4, 1, 5, 9, 2, 6, 5, 3]:
    bisect.insort(s, x)
    print(x, s)
t = [1, 1, 1]
bisect.insort_left(t, 1.0)
bisect.insort_right(t, True)
print(t, [type(v).__name__ for v in t])

# key= looks up records by a field.
people = [("ann", 23), ("bob", 31), ("cid", 31), ("dee", 45)]
ages = lambda p: p[1]
print(bisect.bisect_left(people, 31, key=ages), bisect.bisect_right(people, 31, key=ages))
bisect.insort(people, ("eve", 30), key=ages)
bisect.insort_left(people, ("fay", 31), key=ages)
print(people)

# Find the index of a value in a sorted list.
def index(seq, x):
    i = bisect.bisect_left(seq, x)
    if i != len(seq) and seq[i] == x:
        return i
    return -1

primes = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29]
print([index(primes, n) for n in range(0, 31, 3)])
print("count in [10, 20):", bisect.bisect_left(primes, 20) - bisect.bisect_left(primes, 10))
print(bisect.bisect(["apple", "banana", "cherry"], "blueberry"))
try:
    bisect.bisect([1, 2], 1, -1)
except ValueError as e:
    print("ValueError:", e)
