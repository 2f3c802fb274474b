# Manager()'s Queue, JoinableQueue, Event, Semaphore, BoundedSemaphore, Condition, Barrier, Array and Value: proxies' types,
# CPython's errors, blocking calls from other processes (a producer, a waiter, barrier parties, a condition's waiter).
import multiprocessing as mp
import queue
import threading


def producer(q, n):
    for i in range(n):
        q.put(i * i)
    q.put(None)


def waiter(ev, done_q):
    ok = ev.wait(10)
    done_q.put(("waiter saw", ok))


def barrier_party(b, q, k):
    b.wait(10)
    q.put(("past the barrier", k))


def cond_waiter(c, shared, q):
    with c:
        c.wait_for(lambda: shared.value >= 3, 10)
        q.put(("condition met", shared.value))


if __name__ == "__main__":
    m = mp.Manager()
    q = m.Queue()
    e = m.Event()
    s = m.Semaphore(2)
    c = m.Condition()
    b = m.Barrier(2)
    a = m.Array('i', [1, 2, 3])
    v = m.Value('i', 5)
    for x in (q, e, s, c, b, a, v):
        print(type(x).__name__, repr(x)[:len(type(x).__name__) + 22].replace(type(x).__name__, "", 0))
    print(str(a), str(v))
    try:
        q.get_nowait()
    except queue.Empty as ex:
        print("Empty", repr(ex))
    try:
        q.get(timeout=0.05)
    except queue.Empty:
        print("Empty after timeout")
    bs = m.BoundedSemaphore(1)
    try:
        bs.release()
    except ValueError as ex:
        print(type(ex).__name__, ex)
    print(e.wait(0.01), e.is_set())
    print(len(a), a[1], a[:], a[::2])
    a[0] = 10
    print(a[:])
    print(b.parties, b.n_waiting, b.broken)
    jq = m.JoinableQueue()
    print(type(jq).__name__)
    try:
        c.wait(0.01)
    except RuntimeError as ex:
        print(type(ex).__name__, ex)
    try:
        c.notify()
    except RuntimeError as ex:
        print(type(ex).__name__, ex)
    print(s.acquire(), s.acquire(), s.acquire(timeout=0.01))
    s.release()
    with s:
        print("in the semaphore")

    p = mp.Process(target=producer, args=(q, 5))
    p.start()
    got = []
    while True:
        item = q.get()
        if item is None:
            break
        got.append(item)
    p.join()
    print("from the producer process", got)

    results = m.Queue()
    w = mp.Process(target=waiter, args=(e, results))
    w.start()
    e.set()
    print(results.get(timeout=10))
    w.join()

    parties = [mp.Process(target=barrier_party, args=(b, results, k)) for k in range(2)]
    for t in parties:
        t.start()
    print(sorted([results.get(timeout=10) for _ in range(2)]))
    for t in parties:
        t.join()

    shared = m.Value('i', 0)
    cw = mp.Process(target=cond_waiter, args=(c, shared, results))
    cw.start()
    for _ in range(3):
        with c:
            shared.value += 1
            c.notify_all()
    print(results.get(timeout=10))
    cw.join()

    jq.put("job")
    print(jq.get(), jq.qsize(), jq.empty(), jq.full())
    jq.task_done()
    jq.join()
    try:
        jq.task_done()
    except ValueError as ex:
        print(type(ex).__name__, ex)
    b2 = m.Barrier(3)
    b2.abort()
    try:
        b2.wait(1)
    except threading.BrokenBarrierError as ex:
        print("BrokenBarrierError", b2.broken)
    m.shutdown()
    print("done")
