# The Executor base class: abstract submit, map built on submit, context manager calling shutdown.
from concurrent.futures import Executor, Future


class InlineExecutor(Executor):
    """Runs each call at once in the caller's thread."""

    def __init__(self):
        self.calls = 0
        self.closed = []

    def submit(self, fn, /, *args, **kwargs):
        self.calls += 1
        f = Future()
        if not f.set_running_or_notify_cancel():
            return f
        try:
            f.set_result(fn(*args, **kwargs))
        except BaseException as e:
            f.set_exception(e)
        return f

    def shutdown(self, wait=True, *, cancel_futures=False):
        self.closed.append((wait, cancel_futures))


with InlineExecutor() as ex:
    print(ex.submit(divmod, 17, 5).result())
    print(list(ex.map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6])))
    print(ex.submit(int, "zz", base=36).result())
    bad = ex.submit(int, "zz")
    print(type(bad.exception()).__name__)
    print(ex.calls)
print(ex.closed)

try:
    Executor().submit(print, "never")
except NotImplementedError as e:
    print("NotImplementedError", repr(e))
print(Executor().shutdown(), Executor().shutdown(wait=False, cancel_futures=True))
with Executor() as plain:
    print(type(plain).__name__)


class Failing(InlineExecutor):
    def shutdown(self, wait=True, *, cancel_futures=False):
        print("shutdown during", "exception" if wait else "?")


try:
    with Failing() as ex:
        raise LookupError("inside with")
except LookupError as e:
    print("propagated:", e)
