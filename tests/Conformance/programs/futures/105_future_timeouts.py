# result(timeout) and exception(timeout) on a future that is not done: TimeoutError, then success.
from concurrent.futures import Future, ThreadPoolExecutor, TimeoutError
import threading

f = Future()
for t in (0, 0.01, -1):
    try:
        f.result(timeout=t)
    except TimeoutError as e:
        print("result timeout", t, type(e).__name__, repr(e), e.args)
    try:
        f.exception(timeout=t)
    except TimeoutError:
        print("exception timeout", t)
print(f.done(), f.running())
f.set_result("late")
print(f.result(timeout=0), f.exception(timeout=0))

gate = threading.Event()


def blocked(n):
    gate.wait()
    return n * 2


with ThreadPoolExecutor(1) as pool:
    work = pool.submit(blocked, 21)
    queued = pool.submit(blocked, 5)
    try:
        work.result(timeout=0.05)
    except TimeoutError:
        print("still blocked; running:", work.running(), "queued running:", queued.running())
    print("cancel queued ->", queued.cancel())
    gate.set()
    print(work.result(timeout=30))
print(queued.cancelled(), work.done())
print(issubclass(TimeoutError, OSError), TimeoutError.__name__, TimeoutError.__module__)
try:
    raise TimeoutError()
except OSError as e:
    print("caught as OSError", type(e).__name__)
