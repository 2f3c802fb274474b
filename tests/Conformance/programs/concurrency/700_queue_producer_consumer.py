# Producer/consumer over queue.Queue: several producers, several consumers, sentinels to stop.
import threading
import queue

work = queue.Queue()
results = []
results_lock = threading.Lock()


def producer(pid, count):
    for i in range(count):
        work.put((pid, i, pid * 100 + i))


def consumer(cid):
    handled = 0
    while True:
        item = work.get()
        if item is None:
            work.task_done()
            break
        pid, i, value = item
        with results_lock:
            results.append((pid, i, value * 2))
        handled += 1
        work.task_done()
    with results_lock:
        counts.append(handled)


counts = []
producers = [threading.Thread(target=producer, args=(p, 25)) for p in range(4)]
consumers = [threading.Thread(target=consumer, args=(c,)) for c in range(3)]
for t in consumers:
    t.start()
for t in producers:
    t.start()
for t in producers:
    t.join()
for _ in consumers:
    work.put(None)
for t in consumers:
    t.join()
work.join()

print("results:", len(results))
print("total handled:", sum(counts))
print("empty after:", work.empty(), work.qsize())
results.sort()
for pid in range(4):
    mine = [r for r in results if r[0] == pid]
    print(pid, len(mine), mine[0], mine[-1], sum(v for _, _, v in mine))
print("all distinct:", len(set(results)) == len(results))
print("unfinished:", work.unfinished_tasks)
