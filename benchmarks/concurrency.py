# The seeds' comparison (issue 9 §7): the same CPU-bound countdown on one thread, split over a
# ThreadPoolExecutor(2), a ProcessPoolExecutor(2) and a multiprocessing.Pool(2); and I/O-bound sleeps
# on one thread and on a ThreadPoolExecutor(4). Run as `concurrency.py MODE N` (one mode per process, so
# that an outside timer sees the CPU time of the whole process and its children); prints
# "MODE: wall W s".
import sys
import time
from concurrent.futures import ThreadPoolExecutor, ProcessPoolExecutor
import multiprocessing


def CountDown(n):
    while n > 0:
        n -= 1
    return n


def Sleep(seconds):
    time.sleep(seconds)
    return seconds


def run(mode, n):
    if mode == "single":
        CountDown(n)
    elif mode == "threads":
        with ThreadPoolExecutor(2) as ex:
            list(ex.map(CountDown, [n // 2, n // 2]))
    elif mode == "processes":
        with ProcessPoolExecutor(2) as ex:
            list(ex.map(CountDown, [n // 2, n // 2]))
    elif mode == "pool":
        with multiprocessing.Pool(2) as pool:
            pool.map(CountDown, [n // 2, n // 2])
    elif mode == "sleep-single":
        for _ in range(8):
            Sleep(0.1)
    elif mode == "sleep-threads":
        with ThreadPoolExecutor(4) as ex:
            list(ex.map(Sleep, [0.1] * 8))
    else:
        raise SystemExit("unknown mode " + mode)


if __name__ == "__main__":
    mode = sys.argv[1]
    n = int(sys.argv[2])
    wall = time.perf_counter()
    run(mode, n)
    print("%s: wall %.3f s" % (mode, time.perf_counter() - wall))
