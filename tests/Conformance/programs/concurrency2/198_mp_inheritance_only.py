# multiprocessing's locks, semaphores, queues, events, conditions, barriers and shared memory go to another
# process only by inheritance: as Process arguments and a Pool's initargs they work, as Pool task arguments
# they raise CPython's RuntimeError (the pool keeps working); a Manager's lock goes by any route.
import multiprocessing as mp

_queue = None
_lock = None


def init(q, lock):
    global _queue, _lock
    _queue = q
    _lock = lock


def report(x):
    with _lock:
        _queue.put(x * 10)
    return x


def use(obj):
    return type(obj).__name__


def locked_add(args):
    lock, n = args
    with lock:
        return n + 1


if __name__ == "__main__":
    q = mp.Queue()
    lock = mp.Lock()
    with mp.Pool(2, initializer=init, initargs=(q, lock)) as pool:
        print(pool.map(report, range(5)))
        print(sorted(q.get(timeout=60) for _ in range(5)))
        shared = [mp.Lock(), mp.RLock(), mp.Semaphore(), mp.BoundedSemaphore(), mp.Queue(), mp.JoinableQueue(),
                  mp.SimpleQueue(), mp.Event(), mp.Condition(), mp.Barrier(2), mp.Value("i", 1),
                  mp.Array("d", 3), mp.RawValue("i", 1), mp.RawArray("i", 4)]
        for obj in shared:
            try:
                print(pool.apply(use, (obj,)))
            except RuntimeError as e:
                print(type(e).__name__ + ":", e)
        try:
            pool.map(use, [1, mp.Event()])
        except RuntimeError as e:
            print("map:", e)
        r = pool.apply_async(use, (mp.Queue(),))
        try:
            r.get(timeout=60)
        except RuntimeError as e:
            print("apply_async:", e)
        print("still working:", pool.apply(use, (1,)))
        with mp.Manager() as manager:
            mlock = manager.Lock()
            print("manager lock:", pool.map(locked_add, [(mlock, 1), (mlock, 2)]))

    # As Process arguments (inherited) every one of them goes.
    objs = (mp.Lock(), mp.RLock(), mp.Semaphore(), mp.BoundedSemaphore(), mp.Queue(), mp.JoinableQueue(),
            mp.SimpleQueue(), mp.Event(), mp.Condition(), mp.Barrier(2), mp.Value("i", 1), mp.RawArray("i", 4))
    procs = [mp.Process(target=init, args=(objs[k], objs[k + 1])) for k in range(len(objs) - 1)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print("inherited as Process args:", [p.exitcode for p in procs])
