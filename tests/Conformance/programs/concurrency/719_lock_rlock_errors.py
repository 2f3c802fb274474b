# Lock and RLock: acquire(blocking, timeout), locked(), CPython's error texts.
import threading

lock = threading.Lock()
print(lock.locked(), lock.acquire(), lock.locked())
print("non-blocking while held:", lock.acquire(False), lock.acquire(blocking=False))
print("timeout while held:", lock.acquire(timeout=0.01))
lock.release()
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    lock.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)
try:
    lock.acquire(timeout=-5)
except ValueError as e:
    print("ValueError:", e)
try:
    lock.acquire(timeout=threading.TIMEOUT_MAX * 2)
except OverflowError as e:
    print("OverflowError:", e)
print("TIMEOUT_MAX positive:", threading.TIMEOUT_MAX > 1e6)

# A Lock may be released by another thread; an RLock may not.
handoff = threading.Lock()
handoff.acquire()
t = threading.Thread(target=handoff.release)
t.start()
t.join()
print("released by another thread:", handoff.locked())

r = threading.RLock()
print(r.acquire(), r.acquire(), r.acquire(blocking=False))
r.release()
r.release()
r.release()
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)
r.acquire()
errors = []


def foreign_release():
    try:
        r.release()
    except RuntimeError as e:
        errors.append(str(e))
    errors.append(r.acquire(timeout=0.01))


t = threading.Thread(target=foreign_release)
t.start()
t.join()
print("other thread:", errors)
r.release()

with lock:
    print("with: locked", lock.locked())
print("after with:", lock.locked())
with r:
    with r:
        print("nested with on RLock")
print(type(lock).__name__, type(r).__name__)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.Thread(target=print).join()
except RuntimeError as e:
    print("RuntimeError:", e)
