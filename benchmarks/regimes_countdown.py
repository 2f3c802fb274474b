# Seed 01's countdown, on one thread or split over two (seed 02), for benchmarks/gil-regimes.sh.
# Usage: regimes_countdown.py one|two N   -> "wall W cpu C"
import sys
import time
from threading import Thread


def CountDown(n):
    while n > 0:
        n -= 1


mode, n = sys.argv[1], int(sys.argv[2])
wall = time.perf_counter()
cpu = time.process_time()
if mode == "one":
    CountDown(n)
else:
    t1 = Thread(target=CountDown, args=[n // 2])
    t2 = Thread(target=CountDown, args=[n // 2])
    t1.start()
    t2.start()
    t1.join()
    t2.join()
print("wall %.3f cpu %.3f" % (time.perf_counter() - wall, time.process_time() - cpu))
