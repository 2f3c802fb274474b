# A done callback that raises: logged as "exception calling callback for <Future ...>", others still run.
from concurrent.futures import Future, ThreadPoolExecutor
import io
import sys

order = []


def bad(f):
    order.append("bad")
    raise ValueError("callback failed")


def good(f):
    order.append("good:%s" % f.result())


saved = sys.stderr
sys.stderr = io.StringIO()
try:
    f = Future()
    f.add_done_callback(bad)
    f.add_done_callback(good)
    f.set_result(1)
    # A callback added to a done future runs at once; its exception is logged the same way.
    f.add_done_callback(bad)
    f.add_done_callback(good)
    with ThreadPoolExecutor(1) as pool:
        g = pool.submit(pow, 2, 5)
        g.add_done_callback(bad)
        g.add_done_callback(good)
        g.result()
    log = sys.stderr.getvalue()
finally:
    sys.stderr = saved

print(order)
lines = log.splitlines()
headers = [line for line in lines if line.startswith("exception calling callback for")]
print(len(headers))
for h in headers:
    print(h[:35], h[h.index("state="):])
print([line for line in lines if line.startswith("ValueError")])
print(lines.count("Traceback (most recent call last):"))

# BaseException from a callback is not swallowed.
k = Future()


def interrupt(_):
    raise KeyboardInterrupt("through")


k.add_done_callback(interrupt)
try:
    k.set_result(0)
except KeyboardInterrupt as e:
    print("KeyboardInterrupt:", e, k.done(), k.result())
