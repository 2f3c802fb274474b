# multiprocessing.SimpleQueue and a pipeline of processes joined by queues: each stage transforms what it gets
# and passes it on, a None ends it; SimpleQueue's put/get/empty/close and its closed-handle error; an item that
# cannot be pickled; the spawn context's SimpleQueue, Queue and Event; the objects' classes.
import multiprocessing as mp
import threading


def stage(name, inbox, outbox, step):
    while True:
        item = inbox.get()
        if item is None:
            outbox.put(None)
            return
        outbox.put((item[0] + [name], item[1] * step))


if __name__ == "__main__":
    first = mp.SimpleQueue()
    middle = mp.Queue()
    last = mp.SimpleQueue()
    stages = [mp.Process(target=stage, args=("double", first, middle, 2)),
              mp.Process(target=stage, args=("triple", middle, last, 3))]
    for s in stages:
        s.start()
    for n in range(1, 5):
        first.put(([], n))
    first.put(None)
    results = []
    while True:
        item = last.get()
        if item is None:
            break
        results.append(item)
    for s in stages:
        s.join()
    for path, value in results:
        print(path, value)
    print("stages", [s.exitcode for s in stages], "empty", first.empty(), last.empty())

    sq = mp.SimpleQueue()
    print(sq.empty())
    sq.put({"a": 1})
    sq.put([1, 2])
    print(sq.get(), sq.get(), sq.empty())
    try:
        sq.put(threading.Lock())
    except TypeError as e:
        print(type(e).__name__ + ":", e)
    print("nothing was put:", sq.empty())
    sq.close()
    for op in (sq.empty, sq.get, lambda: sq.put(1)):
        try:
            op()
        except OSError as e:
            print(type(e).__name__ + ":", e)

    ctx = mp.get_context("spawn")
    cq = ctx.SimpleQueue()
    ev = ctx.Event()
    q = ctx.Queue()
    p = ctx.Process(target=stage, args=("spawned", cq, q, 5))
    p.start()
    cq.put(([], 7))
    cq.put(None)
    print(q.get(timeout=60), q.get(timeout=60))
    p.join()
    ev.set()
    print(ev.is_set(), p.exitcode)
    for obj in (cq, q, ev, ctx.Lock(), ctx.RLock(), ctx.Condition(), ctx.Barrier(1), ctx.JoinableQueue()):
        print(type(obj).__module__ + "." + type(obj).__qualname__)
