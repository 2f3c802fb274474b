# A pool never shut down: the program still ends once its work is done (the workers are woken at exit).
from concurrent.futures import ThreadPoolExecutor
import threading

pool = ThreadPoolExecutor(max_workers=3, thread_name_prefix="left")
print(sorted(pool.map(lambda v: v * 2, range(6))))
late = []


def slow_append(v):
    threading.Event().wait(0.02)
    late.append(v)
    return v


pending = [pool.submit(slow_append, v) for v in range(3)]
print("submitted", len(pending))
workers = sorted(t.name for t in threading.enumerate() if t.name.startswith("left"))
print(len(workers) <= 3, all(not t.daemon for t in threading.enumerate() if t.name.startswith("left")))
other = ThreadPoolExecutor(1)
print(other.submit(str.title, "second pool").result())
print("main module ends here")
