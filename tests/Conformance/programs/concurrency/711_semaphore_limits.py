# Semaphore limits how many threads are inside at once; acquire with blocking/timeout; release(n).
import threading

limit = threading.Semaphore(3)
inside = [0]
peak = [0]
lock = threading.Lock()
passes = []


def worker(n):
    for _ in range(5):
        with limit:
            with lock:
                inside[0] += 1
                peak[0] = max(peak[0], inside[0])
            total = 0
            for i in range(200):
                total += i
            with lock:
                inside[0] -= 1
                passes.append(n)


threads = [threading.Thread(target=worker, args=(i,)) for i in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("peak within limit:", peak[0] <= 3, "passes:", len(passes), "inside now:", inside[0])

s = threading.Semaphore(2)
print(s.acquire(), s.acquire(), s.acquire(blocking=False))
print("timeout:", s.acquire(timeout=0.01))
s.release(2)
print(s.acquire(False), s.acquire(False), s.acquire(False))
try:
    s.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)
try:
    s.release(0)
except ValueError as e:
    print("ValueError:", e)
try:
    threading.Semaphore(-1)
except ValueError as e:
    print("ValueError:", e)

zero = threading.Semaphore(0)
got = []


def taker(n):
    zero.acquire()
    with lock:
        got.append(n)


takers = [threading.Thread(target=taker, args=(i,)) for i in range(4)]
for t in takers:
    t.start()
zero.release(4)
for t in takers:
    t.join()
print("released 4 at once:", sorted(got))
s.release(5)
print("plain semaphore can go above its start:", [s.acquire(False) for _ in range(6)])
