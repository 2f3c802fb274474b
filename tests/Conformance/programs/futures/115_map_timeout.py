# Executor.map(timeout=...): TimeoutError from the iterator; the rest of the calls are cancelled.
from concurrent.futures import ThreadPoolExecutor, TimeoutError
import threading

gate = threading.Event()
ran = []


def maybe_slow(i):
    if i == 1:
        gate.wait()
    ran.append(i)
    return i * 10


pool = ThreadPoolExecutor(max_workers=1)
# The timeout is long enough for item 0 to finish on a heavily loaded machine; item 1 waits for the gate.
results = pool.map(maybe_slow, range(5), timeout=3)
got = []
try:
    for r in results:
        got.append(r)
except TimeoutError as e:
    print("TimeoutError", repr(e), "after", got)
gate.set()
pool.shutdown(wait=True)
print("ran:", sorted(ran))

# Plenty of time: all results.
with ThreadPoolExecutor(3) as pool:
    print(list(pool.map(lambda v: v + 1, range(8), timeout=60)))

# Closing the iterator early cancels what has not started.
hold = threading.Event()
started = threading.Event()


def first_blocks(i):
    if i == 0:
        started.set()
        hold.wait()
    return i


pool = ThreadPoolExecutor(max_workers=1)
it = pool.map(first_blocks, range(4))
started.wait()
it.close()
hold.set()
pool.shutdown(wait=True)
print("closed iterator: pool shut down cleanly")

# Exceptions stop the iteration at their position.
with ThreadPoolExecutor(2) as pool:
    out = []
    try:
        for v in pool.map(int, ["1", "2", "x", "4"]):
            out.append(v)
    except ValueError as e:
        print("ValueError:", e, out)
