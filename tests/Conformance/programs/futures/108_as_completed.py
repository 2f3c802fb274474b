# as_completed: every future once, finished ones first, forced completion order with events.
from concurrent.futures import ThreadPoolExecutor, as_completed, Future
import threading

events = [threading.Event() for _ in range(4)]


def step(i):
    events[i].wait()
    # Let the next one go only after this result is set: the finishing order is 0, 1, 2, 3... reversed.
    return i


with ThreadPoolExecutor(4) as pool:
    futures = [pool.submit(step, i) for i in range(4)]
    order = []
    it = as_completed(futures)
    events[3].set()
    for f in it:
        order.append(f.result())
        nxt = 3 - len(order)
        if nxt >= 0:
            events[nxt].set()
    print("completion order:", order)

    done = [pool.submit(pow, 3, i) for i in range(6)]
    for f in done:
        f.result()
    print(sorted(f.result() for f in as_completed(done)))
    # The same future given twice is yielded once.
    twice = done[:2] + done[:2]
    print(len(list(as_completed(twice))))
    print(list(as_completed([])))
    print(sorted(f.result() for f in as_completed(set(done[2:4]))))

# A cancelled future counts as completed once an executor has noticed (set_running_or_notify_cancel).
a, b = Future(), Future()
a.cancel()
print(a.set_running_or_notify_cancel())
b.set_result("b")
got = sorted(("cancelled" if f.cancelled() else f.result()) for f in as_completed([a, b]))
print(got)

# Mixed: some finished before, some after the call.
x, y, z = Future(), Future(), Future()
x.set_result(1)
it = as_completed([x, y, z])
print(next(it).result())
y.set_exception(ValueError("y failed"))
print(type(next(it).exception()).__name__)
z.set_result(3)
print(next(it).result())
try:
    next(it)
except StopIteration:
    print("exhausted")
