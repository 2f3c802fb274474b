# multiprocessing.Lock and RLock: their rules in one process, then serializing processes' writes.
import multiprocessing as mp


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


def write_block(lock, arr, pos, worker, n):
    # Each worker claims the next free slots under the lock: the slots end up holding runs of one worker each.
    for _ in range(n):
        with lock:
            at = pos.value
            for k in range(3):
                arr[at + k] = worker
            pos.value = at + 3


def nested(rlock, out):
    with rlock:
        with rlock:
            out.value += 1
        out.value += 10


if __name__ == "__main__":
    lock = mp.Lock()
    print("acquire:", lock.acquire())
    print("non-blocking while held:", lock.acquire(False), lock.acquire(block=False))
    print("timeout while held:", lock.acquire(timeout=0.01))
    lock.release()
    show("release twice:", lock.release)
    with lock:
        print("inside with: non-blocking gives", lock.acquire(False))
    print("after with:", lock.acquire(False))
    lock.release()

    rlock = mp.RLock()
    print("rlock nested:", rlock.acquire(), rlock.acquire(), rlock.acquire(timeout=1))
    for _ in range(3):
        rlock.release()
    show("rlock release unowned:", rlock.release)

    arr = mp.Array('i', 3 * 3 * 10, lock=False)
    pos = mp.RawValue('i', 0)
    procs = [mp.Process(target=write_block, args=(lock, arr, pos, w, 10)) for w in (1, 2, 3)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    runs = [arr[i:i + 3] for i in range(0, len(arr), 3)]
    print("slots used:", pos.value, "every run is one worker's:", all(len(set(r)) == 1 for r in runs))
    print("writes per worker:", sorted((w, sum(r.count(w) for r in runs)) for w in (1, 2, 3)))

    out = mp.Value('i', 0)
    procs = [mp.Process(target=nested, args=(rlock, out)) for _ in range(4)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print("rlock across processes:", out.value, [p.exitcode for p in procs])
