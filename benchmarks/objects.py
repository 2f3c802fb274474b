# Object-model workloads for the side-by-side benchmark (benchmarks/objects-side-by-side.sh):
# attribute reads, method calls and small-object creation, each timed on its own.
# Each workload runs REPEATS times and reports its best time: the steady state, as BenchmarkDotNet measures
# it after its warmup (GilGen's first run also pays for the JIT's tiers; CPython's for its specialization).
# Prints one line per workload: "<name>: wall <seconds> s, result <value>".
import time


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)

    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)


def attribute_reads(n):
    p = Point(3, 4)
    total = 0
    for _ in range(n):
        total += p.x + p.y + p.x + p.y
    return total


def method_calls(n):
    p = Point(3, -4)
    total = 0
    for _ in range(n):
        total += p.norm1()
    return total


def object_creation(n):
    p = Point(0, 0)
    for i in range(n):
        p = Point(i, p.x)
    return p.x + p.y


def run(name, fn, n):
    best = None
    for _ in range(REPEATS):
        start = time.perf_counter()
        result = fn(n)
        wall = time.perf_counter() - start
        if best is None or wall < best:
            best = wall
    print("%s: wall %.3f s, result %d" % (name, best, result))


REPEATS = 3
N = 2_000_000
run("attribute reads", attribute_reads, N)
run("method calls", method_calls, N)
run("object creation", object_creation, N)
