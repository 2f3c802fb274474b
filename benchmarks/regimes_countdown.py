# Seed 01's countdown, on one thread or split over two (seed 02), for benchmarks/gil-regimes.sh.
# Usage: regimes_countdown.py one|two N   -> "wall W cpu C"
# Runs under CPython 2.7 as well (the old GIL's reference): 2.7 has neither perf_counter nor
# process_time, so there the clocks are time.time and time.clock (CPU time on Unix).
import sys
import time
from threading import Thread


def CountDown(n):
    while n > 0:
        n -= 1


mode, n = sys.argv[1], int(sys.argv[2])
wall_clock = getattr(time, "perf_counter", time.time)
cpu_clock = getattr(time, "process_time", None) or time.clock
wall = wall_clock()
cpu = cpu_clock()
if mode == "one":
    CountDown(n)
else:
    t1 = Thread(target=CountDown, args=[n // 2])
    t2 = Thread(target=CountDown, args=[n // 2])
    t1.start()
    t2.start()
    t1.join()
    t2.join()
print("wall %.3f cpu %.3f" % (wall_clock() - wall, cpu_clock() - cpu))
