# multiprocessing.Value shared by processes: the lock makes += exact; without it updates may be lost.
import multiprocessing as mp

N = 20000


def add_locked(counter, n):
    for _ in range(n):
        with counter.get_lock():
            counter.value += 1


def add_unlocked(counter, n):
    for _ in range(n):
        counter.value += 1


def add_raw_with_lock(raw, lock, n):
    for _ in range(n):
        lock.acquire()
        try:
            raw.value += 1
        finally:
            lock.release()


def run(target, *args, workers=2):
    procs = [mp.Process(target=target, args=args) for _ in range(workers)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    return [p.exitcode for p in procs]


if __name__ == "__main__":
    v = mp.Value('i', 0)
    print("fresh value:", v.value, type(v).__name__)
    print("exit codes:", run(add_locked, v, N))
    print("locked total:", v.value, "expected:", 2 * N, "exact:", v.value == 2 * N)

    u = mp.Value('i', 0)
    print("exit codes:", run(add_unlocked, u, N))
    # Lost updates make it anything from 1 to 2 * N (each write stores a value read earlier, plus one).
    print("unlocked total within bounds:", 1 <= u.value <= 2 * N)

    raw = mp.RawValue('l', 0)
    lock = mp.Lock()
    print("raw value:", raw, "raw has no get_lock:", not hasattr(raw, "get_lock"))
    print("exit codes:", run(add_raw_with_lock, raw, lock, N // 2, workers=3))
    print("raw total with a separate Lock:", raw.value, raw.value == 3 * (N // 2))

    shared_lock = mp.RLock()
    a = mp.Value('i', 0, lock=shared_lock)
    b = mp.Value('d', 0.0, lock=shared_lock)
    print("given lock is used:", a.get_lock() is shared_lock, b.get_lock() is shared_lock)
    with a.get_lock():
        a.value = 7
        b.value = a.value / 2
    print("under one lock:", a.value, b.value)
    print("lock=False gives the raw value:", mp.Value('i', 5, lock=False))
    with v:
        v.value -= 2 * N
    print("with the wrapper itself as the lock:", v.value)
    print("obj:", v.get_obj(), repr(v))
