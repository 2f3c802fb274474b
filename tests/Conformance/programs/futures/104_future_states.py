# A Future used directly: states, set_result, set_exception, InvalidStateError, cancel rules.
from concurrent.futures import Future, CancelledError, InvalidStateError
import concurrent.futures._base as base


def state(f):
    return "done=%s running=%s cancelled=%s" % (f.done(), f.running(), f.cancelled())


f = Future()
print("new", state(f), f._state)
print("running?", f.set_running_or_notify_cancel(), state(f))
print("cancel running ->", f.cancel())
f.set_result(99)
print("finished", state(f), f.result(), f.exception())
print("cancel finished ->", f.cancel())
for action in (lambda: f.set_result(1), lambda: f.set_exception(ValueError("x"))):
    try:
        action()
    except InvalidStateError as e:
        print("InvalidStateError", str(e).split(":")[0])

g = Future()
print("cancel pending ->", g.cancel(), state(g), g._state)
print("cancel again ->", g.cancel())
try:
    g.result()
except CancelledError as e:
    print("result: CancelledError", repr(e))
try:
    g.exception()
except CancelledError:
    print("exception: CancelledError")
print("notify ->", g.set_running_or_notify_cancel(), g._state)
try:
    g.set_result(5)
except InvalidStateError as e:
    print("InvalidStateError", str(e).split(":")[0])

h = Future()
h.set_exception(KeyError("k"))
print("exception set", state(h), repr(h.exception()))
try:
    h.result()
except KeyError as e:
    print("KeyError", e)

k = Future()
k.set_result(None)
print("None result", k.result(), k.done())

m = Future()
m.set_running_or_notify_cancel()
m.set_exception(OSError(2, "gone"))
print(type(m.exception()).__name__, m.exception().errno, m.exception().strerror)
print(base.PENDING, base.RUNNING, base.CANCELLED, base.CANCELLED_AND_NOTIFIED, base.FINISHED)
print(sorted(base._STATE_TO_DESCRIPTION_MAP.values()))
for fut in (Future(), f, h, k):
    r = repr(fut)
    print(r[:9], r[r.index("state="):])
print(repr(g)[repr(g).index("state="):])
