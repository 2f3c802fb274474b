# Executor.map: order of results, several iterables, the shortest wins, lazy iterator, chunksize.
from concurrent.futures import ThreadPoolExecutor
import threading

seen = []
lock = threading.Lock()


def record(x):
    with lock:
        seen.append(x)
    return x * 3


def pair(a, b):
    return "%s%s" % (a, b)


with ThreadPoolExecutor(4) as pool:
    print(list(pool.map(record, range(12))))
    print(sorted(seen))
    print(list(pool.map(pair, "abc", [1, 2, 3, 4, 5])))
    print(list(pool.map(pow, [2, 3, 4], [5, 2, 1], [7, 5, 3])))
    print(list(pool.map(record, [])))
    it = pool.map(str.upper, ["x", "y"])
    print(type(it).__name__)
    print(next(it), next(it))
    try:
        next(it)
    except StopIteration:
        print("StopIteration")
    print(list(pool.map(abs, [-1, -2, 3], chunksize=2)))
    print(list(pool.map(abs, range(-3, 3), timeout=30)))
    print(sum(pool.map(len, ["a", "bb", "ccc"])))
    gen = (i for i in range(5))
    print(list(pool.map(lambda v: v * v, gen)))
    print(dict(zip("abc", pool.map(ord, "abc"))))
    # A failing call raises when its result is reached; the earlier results come first.
    results = pool.map(lambda v: 10 // v, [5, 2, 0, 1])
    got = []
    try:
        for r in results:
            got.append(r)
    except ZeroDivisionError as e:
        print("stopped after", got, "with", e)
    try:
        pool.map(abs, [1], chunksize=0)
        print("chunksize 0 accepted by threads")
    except ValueError as e:
        print("ValueError", e)
