# multiprocessing.Semaphore limiting how many processes are inside at once: each worker counts itself in and
# out of a shared Value under its lock and records the largest count seen; BoundedSemaphore's release error,
# reprs, get_value, acquire with a timeout and without blocking.
import multiprocessing as mp
import time


def limited(sem, active, peak, done):
    with sem:
        with active.get_lock():
            active.value += 1
            if active.value > peak.value:
                peak.value = active.value
        time.sleep(0.02)
        with active.get_lock():
            active.value -= 1
    with done.get_lock():
        done.value += 1


if __name__ == "__main__":
    sem = mp.Semaphore(2)
    active = mp.Value("i", 0)
    peak = mp.Value("i", 0)
    done = mp.Value("i", 0)
    procs = [mp.Process(target=limited, args=(sem, active, peak, done)) for _ in range(6)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print("done", done.value, "active", active.value, "peak within limit", 1 <= peak.value <= 2)
    print(repr(sem), sem.get_value())

    s = mp.Semaphore(0)
    print(repr(s), s.acquire(False), s.acquire(timeout=0.05), s.acquire(True, 0.01))
    s.release()
    s.release()
    print(repr(s), s.acquire(timeout=0.05), s.get_value())

    b = mp.BoundedSemaphore(2)
    print(repr(b))
    b.acquire()
    print(repr(b))
    b.release()
    try:
        b.release()
    except ValueError as e:
        print(type(e).__name__ + ":", e)
    one = mp.BoundedSemaphore(1)
    try:
        one.release()
    except ValueError as e:
        print(type(e).__name__ + ":", e)
    lock = mp.Lock()
    try:
        lock.release()
    except ValueError as e:
        print("Lock", type(e).__name__ + ":", e)
    for bad in (-1, 1.5):
        try:
            mp.Semaphore(bad)
        except (OSError, TypeError) as e:
            print(type(e).__name__ + ":", e)
    print(type(sem).__module__, type(sem).__name__, type(b).__name__)
    ctx = mp.get_context("spawn")
    print(repr(ctx.Semaphore(3)), repr(ctx.BoundedSemaphore()))
