# BrokenBarrierError: after abort(), after a timeout, after a failing action; reset() mends it.
import threading

b = threading.Barrier(3)
outcomes = []
lock = threading.Lock()
arrived = threading.Semaphore(0)


def party(n):
    arrived.release()
    try:
        b.wait()
        result = "passed"
    except threading.BrokenBarrierError:
        result = "broken"
    with lock:
        outcomes.append((n, result))


threads = [threading.Thread(target=party, args=(i,)) for i in range(2)]
for t in threads:
    t.start()
arrived.acquire()
arrived.acquire()
while b.n_waiting < 2:
    pass
b.abort()
for t in threads:
    t.join()
print(sorted(outcomes), b.broken)
try:
    b.wait()
except threading.BrokenBarrierError as e:
    print("wait on broken barrier:", type(e).__name__, repr(e))
b.reset()
print("after reset broken:", b.broken, "waiting:", b.n_waiting)

timed = threading.Barrier(2, timeout=0.05)
try:
    timed.wait()
except threading.BrokenBarrierError:
    print("timed out, broken:", timed.broken)
timed.reset()
t = threading.Thread(target=timed.wait)
t.start()
print("second try index:", timed.wait(timeout=10) in (0, 1))
t.join()


def failing():
    raise ZeroDivisionError("action failed")


bad = threading.Barrier(1, action=failing)
try:
    bad.wait()
except ZeroDivisionError as e:
    print("action error reaches the last thread:", e)
print("barrier broken by the action:", bad.broken)
try:
    bad.wait()
except threading.BrokenBarrierError:
    print("next wait: BrokenBarrierError")
print(issubclass(threading.BrokenBarrierError, RuntimeError))
