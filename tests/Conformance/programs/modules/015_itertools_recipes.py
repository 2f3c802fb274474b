# Recipes built from itertools: take, nth, flatten, roundrobin-like interleave, sliding windows, unique.
from itertools import islice, chain, count, cycle, groupby, accumulate, starmap, repeat, zip_longest, pairwise, tee
import operator

def take(n, iterable):
    return list(islice(iterable, n))

def nth(iterable, n, default=None):
    return next(islice(iterable, n, None), default)

def flatten(list_of_lists):
    return list(chain.from_iterable(list_of_lists))

def grouper(iterable, n, fillvalue=None):
    args = [iter(iterable)] * n
    return list(zip_longest(*args, fillvalue=fillvalue))

def sliding_window(seq, n):
    return [tuple(seq[i:i + n]) for i in range(len(seq) - n + 1)]

def unique_justseen(iterable):
    return [k for k, _ in groupby(iterable)]

def running_mean(xs):
    totals = list(accumulate(xs))
    return [t / (i + 1) for i, t in enumerate(totals)]

def dot(a, b):
    return sum(starmap(operator.mul, zip(a, b)))

print(take(5, count(100, 7)))
print(nth(range(50), 10), nth(range(5), 10, "none"))
print(flatten([[1, 2], [3], [], [4, 5, 6]]))
print(grouper("ABCDEFG", 3, "x"))
print(sliding_window([1, 2, 3, 4, 5], 3))
print(unique_justseen("AAAABBBCCDAABBB"))
print(running_mean([2, 4, 6, 8]))
print(dot([1, 2, 3], [4, 5, 6]))
print(take(7, cycle("ab")), list(repeat(0, 3)))
print(list(accumulate(range(1, 6), operator.mul)), list(accumulate([5, 2, 8, 1], min)))
primes = []
for n in islice(count(2), 100):
    if all([n % p for p in primes if p * p <= n]):
        primes.append(n)
print(primes)
fib = [0, 1]
for _ in range(15):
    fib.append(fib[-1] + fib[-2])
print([b / a for a, b in pairwise(fib[5:12])])
left, right = tee(range(6))
next(right)
print(list(zip(left, right)))
tri = list(accumulate(count(1), operator.add) if False else accumulate(range(1, 11)))
print(tri)
