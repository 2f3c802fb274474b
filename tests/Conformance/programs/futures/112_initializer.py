# initializer/initargs run once in each worker; a failing initializer breaks the pool.
from concurrent.futures import ThreadPoolExecutor, BrokenExecutor
from concurrent.futures.thread import BrokenThreadPool
import threading
import io
import sys

local = threading.local()
calls = []
lock = threading.Lock()


def init(tag, start):
    local.tag = tag
    local.count = start
    with lock:
        calls.append(tag)


def work(x):
    local.count += 1
    return "%s:%d" % (local.tag, x)


with ThreadPoolExecutor(max_workers=1, initializer=init, initargs=("w", 100)) as pool:
    print([pool.submit(work, i).result() for i in range(4)])
print("initializer calls:", calls)

barrier = threading.Barrier(3)


def init_and_meet():
    barrier.wait()
    with lock:
        calls.append("meet")


calls.clear()
with ThreadPoolExecutor(max_workers=3, initializer=init_and_meet) as pool:
    fs = [pool.submit(pow, 2, i) for i in range(3)]
    print([f.result() for f in fs])
print("initializer calls:", calls)

try:
    ThreadPoolExecutor(initializer=42)
except TypeError as e:
    print("TypeError:", e)


def bad_init():
    raise ValueError("cannot start")


# The failure is logged to sys.stderr: catch it to show its first and last lines.
saved = sys.stderr
sys.stderr = io.StringIO()
try:
    pool = ThreadPoolExecutor(max_workers=1, initializer=bad_init)
    f = pool.submit(pow, 2, 2)
    try:
        f.result(timeout=30)
    except BrokenThreadPool as e:
        print("BrokenThreadPool:", e)
        print(isinstance(e, BrokenExecutor), isinstance(e, RuntimeError))
    for t in pool._threads:
        t.join()
    logged = sys.stderr.getvalue().splitlines()
finally:
    sys.stderr = saved
print(logged[0], "|", logged[1], "|", logged[-1])
try:
    pool.submit(pow, 2, 3)
except BrokenThreadPool as e:
    print("submit after break:", e)
pool.shutdown()
print("shut down")
