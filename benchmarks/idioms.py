# Everyday idioms, each timed on its own, for the side-by-side benchmark
# (benchmarks/objects-side-by-side.sh ROUNDS benchmarks/idioms.py): the small operations ordinary programs repeat
# (conversions, attribute tests, str building, dict and deque use, with blocks, formatting), where a slow path in the
# runtime shows up as a ratio far from the rest. Each workload runs REPEATS times and reports its best time, the
# steady state (GilGen's first runs also pay for the JIT's tiers).
# Prints one line per workload: "<name>: wall <seconds> s, result <value>".
import time
from collections import defaultdict, deque


class Point:
    def __init__(self, x):
        self.x = x


class Context:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


def int_of_str(n):
    total = 0
    for i in range(n):
        total += int("12345")
    return total


def str_of_int(n):
    total = 0
    for i in range(n):
        total += len(str(i))
    return total


def hasattr_missing(n):
    p = Point(1)
    total = 0
    for i in range(n):
        if not hasattr(p, "y"):
            total += 1
    return total


def getattr_default(n):
    p = Point(1)
    total = 0
    for i in range(n):
        total += getattr(p, "y", 2)
    return total


def str_append(n):
    s = ""
    for i in range(n):
        s += "ab"
    return len(s)


def dict_items(n):
    d = {i: i for i in range(10)}
    total = 0
    for i in range(n // 10):
        for k, v in d.items():
            total += v
    return total


def enumerate_zip(n):
    a = list(range(10))
    b = list(range(10))
    total = 0
    for i in range(n // 10):
        for j, (x, y) in enumerate(zip(a, b)):
            total += j
    return total


def defaultdict_count(n):
    d = defaultdict(int)
    for i in range(n):
        d[i & 15] += 1
    return len(d)


def deque_queue(n):
    q = deque()
    for i in range(n):
        q.append(i)
        q.popleft()
    return len(q)


def with_block(n):
    ctx = Context()
    total = 0
    for i in range(n):
        with ctx:
            total += 1
    return total


def percent_format(n):
    total = 0
    for i in range(n):
        total += len("%d-%s" % (i, "a"))
    return total


def split_join(n):
    s = "a b c d e f"
    total = 0
    for i in range(n):
        total += len("-".join(s.split()))
    return total


def run(name, fn, n):
    best = None
    for _ in range(REPEATS):
        start = time.perf_counter()
        result = fn(n)
        wall = time.perf_counter() - start
        if best is None or wall < best:
            best = wall
    print("%s: wall %.4f s, result %d" % (name, best, result))


REPEATS = 5
N = 300_000
for name, fn in [("int of str", int_of_str), ("str of int", str_of_int), ("hasattr missing", hasattr_missing),
                 ("getattr default", getattr_default), ("str append", str_append), ("dict items", dict_items),
                 ("enumerate zip", enumerate_zip), ("defaultdict count", defaultdict_count),
                 ("deque queue", deque_queue), ("with block", with_block), ("percent format", percent_format),
                 ("split join", split_join)]:
    run(name, fn, N)
