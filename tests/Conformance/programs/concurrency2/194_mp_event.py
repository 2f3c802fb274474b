# multiprocessing.Event across processes: workers wait until the parent sets it, nothing passes before; is_set,
# clear, wait with a timeout, an Event set before the workers start.
import multiprocessing as mp
import queue


def waiter(ident, started, go, out):
    started.put(ident)
    flag = go.wait()
    out.put((ident, flag))


def timed(ev, out):
    out.put(("timed", ev.wait(0.05)))


if __name__ == "__main__":
    go = mp.Event()
    print(go.is_set())
    started = mp.Queue()
    out = mp.Queue()
    procs = [mp.Process(target=waiter, args=(i, started, go, out)) for i in range(3)]
    for p in procs:
        p.start()
    print("started", sorted(started.get(timeout=60) for _ in procs))
    try:
        out.get(timeout=0.2)
        print("a worker passed the event before it was set")
    except queue.Empty:
        print("no worker passed before set()")
    go.set()
    print("set", go.is_set())
    print(sorted(out.get(timeout=60) for _ in procs))
    for p in procs:
        p.join()
    print([p.exitcode for p in procs])

    go.clear()
    print("cleared", go.is_set(), go.wait(0.01), go.wait(timeout=0))
    t = mp.Process(target=timed, args=(go, out))
    t.start()
    print(out.get(timeout=60))
    t.join()
    go.set()
    t = mp.Process(target=timed, args=(go, out))
    t.start()
    print(out.get(timeout=60))
    t.join()
    print(go.wait(), go.wait(1))
    print(repr(go).startswith("<Event at 0x"), repr(go).endswith(" set>"))
    go.clear()
    print(repr(go).endswith(" unset>"), type(go).__module__, type(go).__name__)
