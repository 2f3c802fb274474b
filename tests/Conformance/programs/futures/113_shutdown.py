# shutdown(wait, cancel_futures) and submit after shutdown.
from concurrent.futures import ThreadPoolExecutor, CancelledError
import threading

gate = threading.Event()
started = threading.Event()
ran = []


def slow(tag):
    started.set()
    gate.wait()
    ran.append(tag)
    return tag


pool = ThreadPoolExecutor(max_workers=1)
fs = [pool.submit(slow, i) for i in range(5)]
started.wait()
pool.shutdown(wait=False, cancel_futures=True)
print("after shutdown(wait=False, cancel_futures=True):")
print([f.cancelled() for f in fs])
try:
    pool.submit(slow, 99)
except RuntimeError as e:
    print("RuntimeError:", e)
gate.set()
print(fs[0].result())
for f in fs[1:]:
    try:
        f.result()
    except CancelledError:
        print("cancelled")
pool.shutdown(wait=True)
print("ran", ran)

ran.clear()
gate.clear()
started.clear()
pool = ThreadPoolExecutor(max_workers=2)
fs = [pool.submit(slow, i) for i in range(6)]
started.wait()
threading.Timer(0.05, gate.set).start()
pool.shutdown(wait=True)
print("shutdown(wait=True) waited for all:", sorted(ran), all(f.done() for f in fs))
print([t.is_alive() for t in pool._threads])
pool.shutdown()
print("second shutdown is fine")

with ThreadPoolExecutor(2) as p2:
    f = p2.submit(sum, [1, 2, 3])
print(f.result(), [t.is_alive() for t in p2._threads])
try:
    p2.submit(sum, [])
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    list(p2.map(abs, [1, 2]))
except RuntimeError as e:
    print("map RuntimeError:", e)
