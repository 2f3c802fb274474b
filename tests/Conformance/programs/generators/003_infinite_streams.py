# Infinite generators consumed with manual limits (an islice written by hand).
def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1

def take(n, iterable):
    result = []
    if n <= 0:
        return result
    for item in iterable:
        result.append(item)
        if len(result) == n:
            break
    return result

def islice_like(iterable, start, stop, step=1):
    index = 0
    next_pick = start
    for item in iterable:
        if index >= stop:
            return
        if index == next_pick:
            yield item
            next_pick += step
        index += 1

def cycle(items):
    saved = list(items)
    while saved:
        for x in saved:
            yield x

def repeat(value, times=None):
    if times is None:
        while True:
            yield value
    else:
        for _ in range(times):
            yield value

def fibonacci():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n

print(take(10, naturals()))
print(take(5, naturals(100)))
print(list(islice_like(naturals(), 3, 20, 4)))
print(take(7, cycle("abc")))
print(take(3, repeat("x")), list(repeat(7, 4)))
print(take(15, fibonacci()))
print(take(20, primes()))
fib = fibonacci()
big = next(x for x in fib if x > 10 ** 20)
print("first fib above 10**20:", big)
print("and the next one:", next(fib))
p = primes()
for _ in range(99):
    next(p)
print("100th prime:", next(p))

def scan(func, iterable, initial):
    acc = initial
    yield acc
    for x in iterable:
        acc = func(acc, x)
        yield acc

print(take(8, scan(lambda a, b: a * b, naturals(1), 1)))
evens = (n for n in naturals() if n % 2 == 0)
odds = (n for n in naturals() if n % 2)
print([next(evens) + next(odds) for _ in range(6)])
triangle = scan(lambda a, b: a + b, naturals(1), 0)
print([t for t in take(12, triangle) if t % 3 == 0])
