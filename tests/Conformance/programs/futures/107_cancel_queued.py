# Cancelling calls that wait in the queue of a busy single-worker pool.
from concurrent.futures import ThreadPoolExecutor, CancelledError
import threading

started = threading.Event()
go = threading.Event()
ran = []


def first():
    started.set()
    go.wait()
    ran.append("first")
    return "first done"


def later(n):
    ran.append(n)
    return n


pool = ThreadPoolExecutor(max_workers=1)
head = pool.submit(first)
started.wait()
rest = [pool.submit(later, i) for i in range(6)]
print("head running:", head.running(), "cancel head ->", head.cancel())
print("cancel odd:", [f.cancel() for f in rest[1::2]])
print("states:", [(f.cancelled(), f.done()) for f in rest])
go.set()
print(head.result())
for i, f in enumerate(rest):
    try:
        print(i, f.result())
    except CancelledError:
        print(i, "cancelled")
pool.shutdown()
print("ran:", ran)
print("cancel finished ->", rest[0].cancel(), "cancel cancelled ->", rest[1].cancel())
