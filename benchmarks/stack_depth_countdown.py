# The same countdown called at stack depths 0..11 in one process (docs/architecture/performance.md,
# "The stack's address"). Usage: gilgen run stack_depth_countdown.py N -> "depth:seconds ..."
import sys, time
def CountDown(n):
    while n > 0:
        n -= 1
def wrap(k, n):
    if k == 0:
        w = time.perf_counter(); CountDown(n); return time.perf_counter() - w
    return wrap(k - 1, n)
n = int(sys.argv[1])
print(" ".join("%d:%.2f" % (k, wrap(k, n)) for k in range(0, 12)))
