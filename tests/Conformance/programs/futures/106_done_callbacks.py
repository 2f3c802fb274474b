# add_done_callback: order, on an already finished future, on cancellation, on exception.
from concurrent.futures import Future, ThreadPoolExecutor
import threading

log = []


def make(tag):
    def cb(fut):
        if fut.cancelled():
            log.append((tag, "cancelled"))
        elif fut.exception() is not None:
            log.append((tag, "raised", type(fut.exception()).__name__))
        else:
            log.append((tag, "result", fut.result()))
    return cb


f = Future()
f.add_done_callback(make("a"))
f.add_done_callback(make("b"))
print("before", log)
f.set_result(7)
print("after", log)
f.add_done_callback(make("c"))
print("late", log)

log.clear()
g = Future()
g.add_done_callback(make("x"))
g.cancel()
g.add_done_callback(make("y"))
print(log)

log.clear()
h = Future()
h.add_done_callback(make("e"))
h.set_exception(ValueError("nope"))
print(log)

log.clear()
release = threading.Event()
threads = []


def where(fut):
    threads.append(threading.current_thread().name.startswith("ThreadPoolExecutor"))


with ThreadPoolExecutor(2) as pool:
    fut = pool.submit(release.wait)
    fut.add_done_callback(where)
    fut.add_done_callback(make("pool"))
    release.set()
    print(fut.result())
print(log, threads)

# The callback gets the future itself.
same = []
k = Future()
k.add_done_callback(lambda x: same.append(x is k))
k.set_result(None)
print(same)
counter = []
m = Future()
for i in range(5):
    m.add_done_callback(lambda _f, i=i: counter.append(i))
m.set_exception(RuntimeError())
print(counter)
