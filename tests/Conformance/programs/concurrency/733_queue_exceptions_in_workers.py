# Workers that fail: results and errors come back through queues; the hook counts uncaught failures.
import threading
import queue

tasks = queue.Queue()
out = queue.Queue()
uncaught = []
threading.excepthook = lambda args: uncaught.append((args.thread.name, args.exc_type.__name__, str(args.exc_value)))


def safe_worker():
    while True:
        item = tasks.get()
        try:
            if item is None:
                return
            out.put(("ok", item, 100 // item))
        except ZeroDivisionError as e:
            out.put(("error", item, str(e)))
        finally:
            tasks.task_done()


workers = [threading.Thread(target=safe_worker) for _ in range(3)]
for w in workers:
    w.start()
for x in [5, 0, 10, 3, 0, 7, 25]:
    tasks.put(x)
tasks.join()
for _ in workers:
    tasks.put(None)
for w in workers:
    w.join()
collected = []
while not out.empty():
    collected.append(out.get())
for entry in sorted(collected, key=lambda e: (e[0], e[1])):
    print(entry)


def careless(n):
    return [1, 2, 3][n]


bad = [threading.Thread(target=careless, args=(n,), name="careless-%d" % n) for n in (1, 5, 2, 9)]
for b in bad:
    b.start()
for b in bad:
    b.join()
for entry in sorted(uncaught):
    print(entry)
print("failures reported:", len(uncaught), "queues empty:", tasks.empty(), out.empty())
