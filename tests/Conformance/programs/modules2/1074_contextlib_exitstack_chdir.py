import contextlib
from contextlib import ExitStack, chdir

log = []


class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        log.append("enter " + self.name)
        return self.name

    def __exit__(self, typ, val, tb):
        log.append("exit %s %s" % (self.name, typ.__name__ if typ else None))
        return self.suppress


with ExitStack() as stack:
    print(stack.enter_context(CM("a")), stack.enter_context(CM("b")))
    stack.callback(log.append, "callback")
    stack.push(lambda *exc: log.append("pushed") and False)
print(log)
log.clear()

with ExitStack() as stack:
    stack.enter_context(CM("s", suppress=True))
    stack.enter_context(CM("t"))
    raise ZeroDivisionError("gone")
print(log)
log.clear()

stack = ExitStack()
stack.enter_context(CM("x"))
other = stack.pop_all()
stack.close()
print(log, type(other).__name__)
other.close()
print(log)
log.clear()

try:
    with ExitStack() as stack:
        stack.callback(lambda: 1 / 0)
        raise KeyError("k")
except ZeroDivisionError as e:
    print(type(e).__name__, e, type(e.__context__).__name__)

try:
    ExitStack().enter_context(object())
except TypeError as e:
    print(type(e).__name__, e)

c = chdir("somewhere")
print(c.path, isinstance(c, contextlib.AbstractContextManager), chdir.__doc__)
print(issubclass(ExitStack, contextlib.AbstractContextManager), [k.__name__ for k in ExitStack.__mro__[:3]])
