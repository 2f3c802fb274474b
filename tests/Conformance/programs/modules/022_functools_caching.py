# functools: lru_cache and cache on recursive functions, cache_info, eviction order, cache_clear.
import functools

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

fib = functools.lru_cache(maxsize=None)(fib)
print([fib(n) for n in range(15)])
print(fib(90))
print(fib.cache_info())
info = fib.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize, info[0], len(info))
fib.cache_clear()
print(fib.cache_info())
print(fib.__name__, fib.__wrapped__.__name__)

calls = []
def square(x):
    calls.append(x)
    return x * x

sq = functools.lru_cache(maxsize=3)(square)
for x in [1, 2, 3, 1, 4, 2, 5, 1, 3]:
    print(x, sq(x), sq.cache_info())
print("computed:", calls)

def add(a, b=0):
    return a + b

cached_add = functools.cache(add)
print(cached_add(1, 2), cached_add(1, 2), cached_add(1, b=2), cached_add(a=1, b=2), cached_add(1.0, 2))
print(cached_add.cache_info())

typed = functools.lru_cache(typed=True)(lambda x: type(x).__name__)
print(typed(1), typed(1.0), typed(True), typed.cache_info())

def ways(n, coins):
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    return ways(n - coins[0], coins) + ways(n, coins[1:])

ways = functools.lru_cache(maxsize=None)(ways)
print("ways to make 100:", ways(100, (50, 25, 10, 5, 1)))
print(ways.cache_info().currsize > 100)

nocache = functools.lru_cache(maxsize=0)(square)
nocache(3)
nocache(3)
print(nocache.cache_info())

def collatz(n):
    if n == 1:
        return 0
    return 1 + collatz(n // 2 if n % 2 == 0 else 3 * n + 1)

collatz = functools.lru_cache(maxsize=None)(collatz)
best = max(range(1, 3000), key=collatz)
print("longest collatz below 3000:", best, collatz(best))
