# ProcessPoolExecutor.shutdown: waits for queued work, refuses new work, cancels what was not started
# when asked; the context manager shuts down on exit.
from concurrent.futures import ProcessPoolExecutor, CancelledError


def square(x):
    return x * x


def slow(x):
    total = 0
    for i in range(200000):
        total += i % 7
    return x


if __name__ == "__main__":
    ex = ProcessPoolExecutor(max_workers=2)
    futures = [ex.submit(square, i) for i in range(6)]
    ex.shutdown(wait=True)
    print("after shutdown(wait=True):", [f.result() for f in futures], all(f.done() for f in futures))
    try:
        ex.submit(square, 2)
    except RuntimeError as e:
        print("RuntimeError:", e)
    ex.shutdown()
    print("shutting down twice is fine")

    ex = ProcessPoolExecutor(max_workers=1)
    first = ex.submit(slow, 1)
    rest = [ex.submit(slow, i) for i in range(2, 12)]
    first.result(timeout=60)
    ex.shutdown(wait=True, cancel_futures=True)
    states = ["cancelled" if f.cancelled() else "done" for f in rest]
    print("first done:", first.done(), "every other future finished:", all(f.done() for f in rest))
    print("some cancelled:", "cancelled" in states, "results of the rest:",
          all(f.result() == i for i, f in enumerate(rest, 2) if not f.cancelled()))
    cancelled = [f for f in rest if f.cancelled()]
    try:
        cancelled[-1].result()
    except CancelledError:
        print("CancelledError from a cancelled future")

    with ProcessPoolExecutor(2) as ex:
        f = ex.submit(square, 12)
    print("after the with block:", f.done(), f.result())
    try:
        ex.submit(square, 1)
    except RuntimeError as e:
        print("RuntimeError:", e)
    ex2 = ProcessPoolExecutor(2)
    print(list(ex2.map(square, range(4))))
    ex2.shutdown(wait=True, cancel_futures=True)
    print("shutdown with nothing left to cancel")
