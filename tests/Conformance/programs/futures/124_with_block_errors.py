# An exception inside the with block: shutdown(wait=True) still waits for the submitted calls.
from concurrent.futures import ThreadPoolExecutor
import threading

finished = []
gate = threading.Event()


def task(i):
    gate.wait()
    finished.append(i)
    return i


try:
    with ThreadPoolExecutor(2) as pool:
        fs = [pool.submit(task, i) for i in range(4)]
        threading.Timer(0.05, gate.set).start()
        raise KeyError("inside")
except KeyError as e:
    print("KeyError", e, "finished before the handler:", sorted(finished))
print([f.result() for f in fs])

# The with statement returns the executor itself.
with ThreadPoolExecutor(1) as pool:
    print(type(pool).__name__, pool.__enter__() is pool)
    print(pool.__exit__(None, None, None))
try:
    pool.submit(abs, 1)
except RuntimeError as e:
    print("RuntimeError:", e)

# A worker's exception does not leave the with block by itself.
with ThreadPoolExecutor(2) as pool:
    bad = pool.submit(int, "nope")
    good = pool.submit(int, "12")
print(good.result(), type(bad.exception()).__name__)
