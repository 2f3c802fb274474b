# A method call taken apart (docs/architecture/performance.md, section 12): the loop alone, then methods that return
# 1, self.x, abs(self.x), self.x + self.y and abs(self.x) + abs(self.y) (objects.py's norm1), and a global function.
# Prints nanoseconds per iteration, best of REPS runs of 1,000,000 (the first argument, default 15).
# Run it under gilgen and CPython: gilgen run benchmarks/call_parts.py; python3.11 benchmarks/call_parts.py
import time
import sys
REPS = int(sys.argv[1]) if len(sys.argv) > 1 else 15
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def m0(self): return 1
    def m1(self): return self.x
    def m2(self): return abs(self.x)
    def m3(self): return self.x + self.y
    def norm1(self): return abs(self.x) + abs(self.y)
def f0(p): return 1

def loop_only(n):
    p = P(3, -4); t = 0
    for _ in range(n): t += 1
    return t
def call_func(n):
    p = P(3, -4); t = 0
    for _ in range(n): t += f0(p)
    return t
def c0(n):
    p = P(3, -4); t = 0
    for _ in range(n): t += p.m0()
    return t
def c1(n):
    p = P(3, -4); t = 0
    for _ in range(n): t += p.m1()
    return t
def c2(n):
    p = P(3, -4); t = 0
    for _ in range(n): t += p.m2()
    return t
def c3(n):
    p = P(3, -4); t = 0
    for _ in range(n): t += p.m3()
    return t
def cn(n):
    p = P(3, -4); t = 0
    for _ in range(n): t += p.norm1()
    return t
for name, fn in [("loop", loop_only), ("func", call_func), ("m0", c0), ("m1", c1), ("m2", c2), ("m3", c3), ("norm1", cn)]:
    best = 9
    for _ in range(REPS):
        s = time.perf_counter(); fn(1_000_000); w = time.perf_counter() - s
        best = min(best, w)
    print("%-6s %.1f ns" % (name, best / 1_000_000 * 1e9))
