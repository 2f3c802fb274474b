# multiprocessing.Queue between processes: producers and consumers with sentinels, items copied as pickling
# copies them, maxsize with queue.Full/queue.Empty and timeouts, qsize/full/empty, the nowait forms, close and
# join_thread, and the spawn context's Queue.
import multiprocessing as mp
import queue


class Job:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "Job(%d)" % self.n


def producer(q, start, count):
    for i in range(start, start + count):
        q.put(Job(i))
    q.put(None)


def consumer(q, out, producers):
    done = 0
    total = 0
    seen = []
    while done < producers:
        item = q.get()
        if item is None:
            done += 1
            continue
        total += item.n
        seen.append(item.n)
    out.put((total, sorted(seen)))


if __name__ == "__main__":
    q = mp.Queue()
    out = mp.Queue()
    producers = [mp.Process(target=producer, args=(q, k * 10, 5)) for k in range(3)]
    c = mp.Process(target=consumer, args=(q, out, 3))
    c.start()
    for p in producers:
        p.start()
    total, seen = out.get(timeout=60)
    for p in producers:
        p.join()
    c.join()
    print("total", total, "items", seen)
    print("exit codes", [p.exitcode for p in producers], c.exitcode)

    # What a queue carries is a copy: the receiver's object is a new one, equal to what was put.
    data = {"k": [1, 2, 3], "t": (4, 5)}
    q.put(data)
    got = q.get(timeout=10)
    print(got == data, got is data, type(got).__name__)

    bounded = mp.Queue(2)
    bounded.put(1)
    bounded.put_nowait(2)
    print("qsize", bounded.qsize(), "full", bounded.full())
    try:
        bounded.put(3, timeout=0.05)
    except queue.Full as e:
        print("Full after timeout", repr(e))
    try:
        bounded.put_nowait(3)
    except queue.Full:
        print("Full without waiting")
    try:
        bounded.put(3, block=False)
    except queue.Full:
        print("Full with block=False")
    print(bounded.get(timeout=10), bounded.get_nowait() if not bounded.empty() else bounded.get(timeout=10))
    print("qsize", bounded.qsize(), "full", bounded.full(), "empty", bounded.empty())
    try:
        bounded.get(timeout=0.05)
    except queue.Empty as e:
        print("Empty after timeout", repr(e))
    try:
        bounded.get_nowait()
    except queue.Empty:
        print("Empty without waiting")
    try:
        bounded.get(False)
    except queue.Empty:
        print("Empty with block=False")
    print(issubclass(queue.Empty, Exception), mp.queues.Queue is type(bounded))

    bounded.close()
    bounded.join_thread()
    for op in (lambda: bounded.put(1), lambda: bounded.get()):
        try:
            op()
        except ValueError as e:
            print("closed:", type(e).__name__, str(e).endswith("is closed"))
    try:
        mp.Queue().join_thread()
    except AssertionError as e:
        print("join_thread before close:", type(e).__name__, str(e).endswith("not closed"))
    cq = mp.Queue()
    cq.cancel_join_thread()
    cq.put("x")
    print(cq.get(timeout=10))

    ctx = mp.get_context("spawn")
    sq = ctx.Queue(maxsize=1)
    p = ctx.Process(target=producer, args=(sq, 100, 2))
    p.start()
    print([sq.get(timeout=60) for _ in range(3)])
    p.join()
    print(type(sq).__module__, type(sq).__name__, p.exitcode)
