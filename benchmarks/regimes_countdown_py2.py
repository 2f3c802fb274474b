# regimes_countdown.py in Python 2 syntax, for CPython 2.7 only (benchmarks/gil-regimes.sh).
# time.time is the wall clock and time.clock the process's CPU time on Unix in 2.7.
# Usage: regimes_countdown_py2.py one|two N   -> "wall W cpu C"
import sys
import time
from threading import Thread


def CountDown(n):
    while n > 0:
        n -= 1


mode, n = sys.argv[1], int(sys.argv[2])
wall = time.time()
cpu = time.clock()
if mode == "one":
    CountDown(n)
else:
    t1 = Thread(target=CountDown, args=[n // 2])
    t2 = Thread(target=CountDown, args=[n // 2])
    t1.start()
    t2.start()
    t1.join()
    t2.join()
print("wall %.3f cpu %.3f" % (time.time() - wall, time.clock() - cpu))
