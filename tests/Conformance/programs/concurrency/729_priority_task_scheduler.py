# A scheduler over PriorityQueue: (priority, seq, task) tuples keep FIFO order among equal priorities.
import threading
import queue
import itertools

jobs = queue.PriorityQueue()
seq = itertools.count()
order = []
order_lock = threading.Lock()


def submit(priority, name):
    jobs.put((priority, next(seq), name))


for name, prio in [("backup", 5), ("alert", 0), ("email", 3), ("report", 3), ("alert2", 0),
                   ("cleanup", 9), ("email2", 3), ("index", 7)]:
    submit(prio, name)
print("queued:", jobs.qsize())

# One worker drains in priority order; the stop marker has the largest priority so it comes last.
jobs.put((99, next(seq), None))


def run():
    while True:
        prio, s, name = jobs.get()
        if name is None:
            jobs.task_done()
            break
        with order_lock:
            order.append((prio, name))
        jobs.task_done()


t = threading.Thread(target=run)
t.start()
t.join()
jobs.join()
for prio, name in order:
    print(prio, name)
print("empty:", jobs.empty())

# Many submitters at once, then a sorted drain.
pq = queue.PriorityQueue()


def many(k):
    for i in range(20):
        pq.put(((i * 7 + k) % 13, k, i))


subs = [threading.Thread(target=many, args=(k,)) for k in range(5)]
for s in subs:
    s.start()
for s in subs:
    s.join()
drained = [pq.get_nowait() for _ in range(pq.qsize())]
print("drained sorted:", drained == sorted(drained), len(drained))
print("first five:", drained[:5])
