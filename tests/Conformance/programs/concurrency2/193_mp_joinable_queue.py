# multiprocessing.JoinableQueue: worker processes call task_done() for each item, join() returns once every item
# put has been done, results come back on another queue; task_done() called too many times.
import multiprocessing as mp


def worker(tasks, results):
    while True:
        item = tasks.get()
        if item is None:
            tasks.task_done()
            break
        results.put((item, item * item))
        tasks.task_done()


if __name__ == "__main__":
    tasks = mp.JoinableQueue()
    results = mp.Queue()
    workers = [mp.Process(target=worker, args=(tasks, results)) for _ in range(3)]
    for w in workers:
        w.start()
    for i in range(12):
        tasks.put(i)
    tasks.join()
    print("joined after 12 tasks")
    got = sorted(results.get(timeout=10) for _ in range(12))
    print(got)
    for _ in workers:
        tasks.put(None)
    tasks.join()
    for w in workers:
        w.join()
    print("workers", [w.exitcode for w in workers])

    jq = mp.JoinableQueue(maxsize=3)
    jq.put("a")
    jq.put("b")
    print(jq.qsize(), jq.get(timeout=10), jq.get(timeout=10))
    jq.task_done()
    jq.task_done()
    jq.join()
    print("join with nothing left returns")
    try:
        jq.task_done()
    except ValueError as e:
        print(type(e).__name__ + ":", e)
    print(type(jq).__name__, isinstance(jq, mp.queues.Queue))
    ctx = mp.get_context("spawn")
    cq = ctx.JoinableQueue()
    cq.put(1)
    print(cq.get(timeout=10))
    cq.task_done()
    cq.join()
    print("spawn context JoinableQueue", type(cq).__module__)
