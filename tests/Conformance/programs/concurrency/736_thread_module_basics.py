# The low-level _thread module: start_new_thread, allocate_lock, get_ident, its errors.
import _thread
import threading

results = []
guard = _thread.allocate_lock()
all_done = threading.Event()
names = []


def work(n, scale=1):
    me = threading.current_thread()
    with guard:
        results.append((n, n * scale, _thread.get_ident() != main_ident))
        names.append((me.name.startswith("Dummy-"), me.daemon))
        if len(results) == 4:
            all_done.set()


main_ident = _thread.get_ident()
idents = [_thread.start_new_thread(work, (n,), {"scale": 10}) for n in range(3)]
idents.append(_thread.start_new_thread(work, (3,)))
print("finished:", all_done.wait(30))
print(sorted(results))
print("dummy threads, daemonic:", names)
print("idents are ints:", all(isinstance(i, int) for i in idents))
print("main ident matches threading:", main_ident == threading.get_ident(), main_ident == threading.main_thread().ident)

for bad in [(), (print,), (1, ()), (print, [1]), (print, (), [1]), (print, (), {}, 1)]:
    try:
        _thread.start_new_thread(*bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    _thread.start_new_thread(print, (), flush=True)
except TypeError as e:
    print("TypeError:", e)

lk = _thread.allocate_lock()
print(type(lk) is _thread.LockType, type(lk).__name__, isinstance(lk, _thread.LockType))
print(lk.acquire(), lk.locked(), lk.acquire(0))
lk.release()
try:
    lk.release()
except _thread.error as e:
    print("_thread.error:", e, _thread.error is RuntimeError)
r = _thread.RLock()
print(r.acquire(), r.acquire(), r._is_owned())
r.release()
r.release()
print("owned after full release:", r._is_owned())
print("TIMEOUT_MAX is threading's:", _thread.TIMEOUT_MAX == threading.TIMEOUT_MAX)
print("threading.Lock is allocate_lock:", threading.Lock is _thread.allocate_lock)
