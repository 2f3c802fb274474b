# contextlib: contextmanager (values, exceptions in and out of the block, reuse as a decorator),
# closing, nullcontext, suppress, ExitStack (order, callbacks, suppression, chaining, pop_all), and
# the errors a misbehaving generator gets.
from contextlib import contextmanager, closing, nullcontext, suppress, ExitStack, ContextDecorator, AbstractContextManager

log = []

@contextmanager
def tag(name):
    log.append("<" + name + ">")
    try:
        yield name.upper()
    except KeyError as e:
        log.append("handled " + repr(e))
    finally:
        log.append("</" + name + ">")

with tag("a") as v:
    log.append(v)
with tag("b"):
    raise KeyError("k")
try:
    with tag("c"):
        raise ValueError("v")
except ValueError as e:
    log.append("outer " + repr(e))
print(log)

@tag("deco")
def work(x):
    return x * 2
log.clear()
print(work(21), work(1), log)

@contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

@contextmanager
def two_yields():
    yield 1
    yield 2
try:
    with two_yields():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

@contextmanager
def ignores():
    try:
        yield
    except ZeroDivisionError:
        yield
try:
    with ignores():
        1 / 0
except RuntimeError as e:
    print("RuntimeError:", e)

@contextmanager
def stop_inside():
    yield
try:
    with stop_inside():
        raise StopIteration("inner")
except StopIteration as e:
    print("StopIteration passed through:", e)

class Resource:
    def __init__(self, name):
        self.name = name
    def close(self):
        print("closed", self.name)
with closing(Resource("r1")) as r:
    print("using", r.name)

with nullcontext(42) as n:
    print("nullcontext", n)
with nullcontext() as n:
    print("nullcontext", n)

with suppress(KeyError, IndexError):
    [][1]
print("after suppress")
try:
    with suppress(KeyError):
        raise ValueError("not suppressed")
except ValueError as e:
    print("ValueError:", e)
with suppress(LookupError):
    {}["x"]
print("subclass suppressed")

class CM:
    def __init__(self, name, swallow=False):
        self.name, self.swallow = name, swallow
    def __enter__(self):
        print("enter", self.name)
        return self.name
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None)
        return self.swallow

with ExitStack() as stack:
    names = [stack.enter_context(CM(n)) for n in "xyz"]
    stack.callback(print, "callback", 1, sep="-")
    print("inside", names)

with ExitStack() as stack:
    stack.enter_context(CM("swallower", swallow=True))
    stack.enter_context(CM("inner"))
    raise KeyError("gone")
print("swallowed")

def fail(msg):
    raise ValueError(msg)
try:
    with ExitStack() as stack:
        stack.callback(fail, "first")
        stack.callback(fail, "second")
        raise KeyError("body")
except ValueError as e:
    chain = []
    while e is not None:
        chain.append(repr(e))
        e = e.__context__
    print("chain", chain)

with ExitStack() as stack:
    stack.enter_context(CM("moved"))
    later = stack.pop_all()
print("popped, not exited yet")
later.close()

try:
    with ExitStack() as stack:
        stack.enter_context(object())
except TypeError as e:
    print("TypeError:", e)

class Deco(ContextDecorator):
    def __enter__(self):
        print("deco enter")
        return self
    def __exit__(self, *exc):
        print("deco exit")
        return False

@Deco()
def decorated():
    print("decorated body")
decorated()

class Plain(AbstractContextManager):
    def __exit__(self, *exc):
        print("plain exit")
with Plain() as p:
    print(type(p).__name__)
print(work.__name__, tag.__name__)
