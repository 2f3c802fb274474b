# BoundedSemaphore: releasing more than was acquired is a ValueError; otherwise a Semaphore.
import threading

bs = threading.BoundedSemaphore(2)
print(isinstance(bs, threading.Semaphore))
try:
    bs.release()
except ValueError as e:
    print("ValueError:", e)
bs.acquire()
bs.acquire()
print("third:", bs.acquire(blocking=False))
bs.release()
bs.release()
try:
    bs.release()
except ValueError as e:
    print("again:", e)
bs.acquire()
try:
    bs.release(2)
except ValueError as e:
    print("release(2) with one out:", e)
bs.release(1)

pool = threading.BoundedSemaphore(value=3)
log = []
lock = threading.Lock()


def use(n):
    with pool:
        with lock:
            log.append(n)


threads = [threading.Thread(target=use, args=(i,)) for i in range(10)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("used:", sorted(log))
print("all back:", [pool.acquire(False) for _ in range(4)])
for _ in range(3):
    pool.release()
try:
    pool.release()
except ValueError as e:
    print("over-release:", e)
default = threading.BoundedSemaphore()
print(default.acquire(False), default.acquire(False))
default.release()
