# Barrier details: n_waiting while parties gather, per-call timeout overriding the default, reset().
import threading

b = threading.Barrier(3)
arrived = threading.Semaphore(0)
results = []
lock = threading.Lock()


def party(n):
    arrived.release()
    idx = b.wait()
    with lock:
        results.append(idx)


first = threading.Thread(target=party, args=(0,))
first.start()
arrived.acquire()
while b.n_waiting != 1:
    pass
print("waiting after one:", b.n_waiting, "of", b.parties)
second = threading.Thread(target=party, args=(1,))
second.start()
arrived.acquire()
while b.n_waiting != 2:
    pass
print("waiting after two:", b.n_waiting)
print("third arrives, index:", b.wait() in (0, 1, 2))
first.join()
second.join()
print("indexes:", sorted(results))
print("waiting after the round:", b.n_waiting, "broken:", b.broken)

slow = threading.Barrier(2, timeout=60)
try:
    slow.wait(timeout=0.02)
except threading.BrokenBarrierError:
    print("per-call timeout wins over the default: broken =", slow.broken)
slow.reset()
print("reset:", slow.broken, slow.n_waiting)


def late():
    slow.wait()


t = threading.Thread(target=late)
t.start()
print("works again after reset:", slow.wait() in (0, 1))
t.join()

stuck = threading.Barrier(2)
errors = []


def stuck_party():
    try:
        stuck.wait()
    except threading.BrokenBarrierError:
        errors.append("broken by reset")


t = threading.Thread(target=stuck_party)
t.start()
while stuck.n_waiting != 1:
    pass
stuck.reset()
t.join()
print("a reset breaks the current waiters:", errors, "barrier usable:", not stuck.broken)
