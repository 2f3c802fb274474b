# A worker that dies (os._exit) breaks a ProcessPoolExecutor: its future and every pending one get
# BrokenProcessPool, later submits raise it; nothing hangs. Other executors are not affected.
import os
from concurrent.futures import ProcessPoolExecutor, BrokenExecutor
from concurrent.futures.process import BrokenProcessPool


def die(code):
    os._exit(code)


def square(x):
    return x * x


if __name__ == "__main__":
    ex = ProcessPoolExecutor(max_workers=1)
    print("before:", ex.submit(square, 5).result())
    doomed = ex.submit(die, 9)
    try:
        doomed.result(timeout=60)
    except BrokenProcessPool as e:
        print("BrokenProcessPool:", e)
        print(isinstance(e, BrokenExecutor), isinstance(e, RuntimeError))
    print(doomed.done(), type(doomed.exception()).__name__)
    try:
        ex.submit(square, 2)
    except BrokenProcessPool as e:
        print("submit after:", e)
    try:
        list(ex.map(square, [1, 2]))
    except BrokenProcessPool as e:
        print("map after:", e)
    ex.shutdown()
    with ProcessPoolExecutor(max_workers=2) as other:
        print("another pool works:", list(other.map(square, range(5))))
    print(issubclass(BrokenProcessPool, BrokenExecutor), BrokenProcessPool.__module__)
