# task_done()/join(): join returns once every item put has been marked done; too many task_done is an error.
import threading
import queue

q = queue.Queue()
done_log = []
log_lock = threading.Lock()


def worker(name):
    while True:
        item = q.get()
        try:
            if item is None:
                return
            with log_lock:
                done_log.append((item, item ** 2))
        finally:
            q.task_done()


workers = [threading.Thread(target=worker, args=("w%d" % i,)) for i in range(3)]
for w in workers:
    w.start()
for batch in range(3):
    for i in range(batch * 10, batch * 10 + 10):
        q.put(i)
    q.join()
    print("batch", batch, "joined; unfinished:", q.unfinished_tasks, "logged:", len(done_log))
for _ in workers:
    q.put(None)
for w in workers:
    w.join()
q.join()
print("squares:", sorted(done_log)[:5], "...", sorted(done_log)[-1])
print("sum of squares:", sum(s for _, s in done_log))

fresh = queue.Queue()
try:
    fresh.task_done()
except ValueError as e:
    print("ValueError:", e)
fresh.put(1)
fresh.put(2)
print("unfinished after 2 puts:", fresh.unfinished_tasks)
fresh.get()
fresh.task_done()
print("unfinished after 1 done:", fresh.unfinished_tasks)
fresh.get()
fresh.task_done()
print("unfinished after 2 done:", fresh.unfinished_tasks)
try:
    fresh.task_done()
except ValueError as e:
    print("again:", e)
fresh.join()
print("join on a finished queue returns at once")
