# as_completed(timeout=...): TimeoutError with CPython's text once the time runs out.
from concurrent.futures import ThreadPoolExecutor, as_completed, TimeoutError, Future
import threading

never = Future()
soon = Future()
soon.set_result("ready")
results = []
try:
    for f in as_completed([never, soon], timeout=0.05):
        results.append(f.result())
except TimeoutError as e:
    print("TimeoutError:", e)
print(results)

pending = [Future() for _ in range(3)]
finished = Future()
finished.set_result(0)
try:
    for f in as_completed(pending + [finished], timeout=0):
        print("got", f.result())
except TimeoutError as e:
    print("TimeoutError:", e)

release = threading.Event()
with ThreadPoolExecutor(2) as pool:
    fs = [pool.submit(release.wait, 30) for _ in range(2)] + [pool.submit(int, "5")]
    seen = 0
    try:
        for f in as_completed(fs, timeout=0.1):
            seen += 1
    except TimeoutError as e:
        print("TimeoutError:", e, "seen", seen)
    release.set()
    print(sorted(str(f.result()) for f in as_completed(fs, timeout=30)))

# A timeout that is long enough changes nothing.
quick = Future()
quick.set_result(1)
print([f.result() for f in as_completed([quick], timeout=10)])
never.cancel()
never.set_running_or_notify_cancel()
print([f.cancelled() for f in as_completed([never], timeout=0)])
