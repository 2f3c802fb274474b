# Futures that start more work: callbacks submitting follow-up calls, and a future fed by another.
from concurrent.futures import ThreadPoolExecutor, Future, wait
import threading

pool = ThreadPoolExecutor(max_workers=3)
final = Future()
steps = []
lock = threading.Lock()


def stage(n):
    with lock:
        steps.append(n)
    return n + 1


def on_done(fut):
    value = fut.result()
    if value < 5:
        pool.submit(stage, value).add_done_callback(on_done)
    else:
        final.set_result(value)


pool.submit(stage, 0).add_done_callback(on_done)
print("final:", final.result(timeout=30))
print("steps:", steps)

# A future completed by a worker, awaited by another worker.
handoff = Future()


def producer():
    handoff.set_result([1, 2, 3])
    return "produced"


def consumer():
    return sum(handoff.result(timeout=30))


c = pool.submit(consumer)
p = pool.submit(producer)
print(p.result(), c.result())

# Fan-out/fan-in: each first-level task submits two second-level ones and waits for them.
def leaf(x):
    return x * x


def branch(x):
    kids = [pool.submit(leaf, x), pool.submit(leaf, x + 1)]
    wait(kids)
    return sum(k.result() for k in kids)


roots = [pool.submit(branch, i) for i in range(2)]
print([r.result(timeout=30) for r in roots])
pool.shutdown()
print(all(t.is_alive() is False for t in pool._threads))
