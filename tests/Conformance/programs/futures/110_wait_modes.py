# wait(): ALL_COMPLETED, FIRST_COMPLETED, FIRST_EXCEPTION and timeouts; DoneAndNotDoneFutures.
from concurrent.futures import (ThreadPoolExecutor, wait, Future, FIRST_COMPLETED,
                                FIRST_EXCEPTION, ALL_COMPLETED)
import threading


def names(futures, labels):
    return sorted(labels[f] for f in futures)


gates = {k: threading.Event() for k in "abcd"}


def job(k, fail=False):
    gates[k].wait()
    if fail:
        raise ValueError(k)
    return k


with ThreadPoolExecutor(4) as pool:
    fa = pool.submit(job, "a")
    fb = pool.submit(job, "b", True)
    fc = pool.submit(job, "c")
    fd = pool.submit(job, "d")
    labels = {fa: "a", fb: "b", fc: "c", fd: "d"}
    allf = [fa, fb, fc, fd]

    r = wait(allf, timeout=0.05)
    print(type(r).__name__, names(r.done, labels), names(r.not_done, labels))
    gates["a"].set()
    r = wait(allf, return_when=FIRST_COMPLETED)
    print("first completed:", names(r.done, labels), names(r.not_done, labels))
    r = wait(allf, timeout=0.05, return_when=FIRST_EXCEPTION)
    print("no exception yet:", names(r.done, labels), names(r.not_done, labels))
    gates["b"].set()
    fb.exception()
    r = wait(allf, return_when=FIRST_EXCEPTION)
    print("first exception:", names(r.done, labels), names(r.not_done, labels))
    gates["c"].set()
    gates["d"].set()
    done, not_done = wait(allf, return_when=ALL_COMPLETED)
    print("all:", names(done, labels), names(not_done, labels))
    print(type(done).__name__, r._fields)

# Cancelled futures are done once an executor has noticed the cancellation.
x, y = Future(), Future()
x.cancel()
r = wait([x, y], timeout=0)
print("cancelled, not noticed:", len(r.done), len(r.not_done))
x.set_running_or_notify_cancel()
r = wait([x, y], timeout=0, return_when=FIRST_COMPLETED)
print(len(r.done), len(r.not_done), next(iter(r.done)) is x)
r = wait([x, y], timeout=0)
print(len(r.done), len(r.not_done))
r = wait([x, y], timeout=0, return_when=FIRST_EXCEPTION)
print(len(r.done), len(r.not_done))
y.set_exception(KeyError("y"))
r = wait([x, y], return_when=FIRST_EXCEPTION)
print(len(r.done), len(r.not_done))
print(wait([]))
try:
    wait([Future()], timeout=0, return_when="SOMETIMES")
except ValueError as e:
    print("ValueError", e)
