# Closures and decorators: counters, memoize, call logging, retry with deterministic failures, registries.
import functools

def make_counter(start=0, step=1):
    count = start
    def counter():
        nonlocal count
        count += step
        return count
    def reset():
        nonlocal count
        count = start
    counter.reset = reset
    return counter

c1, c2 = make_counter(), make_counter(100, -10)
print([c1() for _ in range(3)], [c2() for _ in range(3)], c1())
c1.reset()
print(c1(), c1.__closure__ is not None, len(c1.__closure__))

def make_multipliers():
    return [lambda x, i=i: x * i for i in range(4)]
def make_multipliers_late():
    return [lambda x: x * i for i in range(4)]
print([m(10) for m in make_multipliers()], [m(10) for m in make_multipliers_late()])

def memoize(fn):
    cache = {}
    @functools.wraps(fn)
    def wrapper(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]
    wrapper.cache = cache
    return wrapper

@memoize
def binomial(n, k):
    """n choose k by Pascal's rule."""
    if k in (0, n):
        return 1
    return binomial(n - 1, k - 1) + binomial(n - 1, k)
print(binomial(30, 15), len(binomial.cache), binomial.__name__, binomial.__doc__)

def logged(prefix):
    def decorate(fn):
        depth = [0]
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            shown = ", ".join([repr(a) for a in args] + [f"{k}={v!r}" for k, v in kwargs.items()])
            print(f"{prefix}{'  ' * depth[0]}-> {fn.__name__}({shown})")
            depth[0] += 1
            try:
                result = fn(*args, **kwargs)
            finally:
                depth[0] -= 1
            print(f"{prefix}{'  ' * depth[0]}<- {fn.__name__} = {result!r}")
            return result
        return wrapper
    return decorate

@logged("| ")
def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)
gcd(48, 18)

class TransientError(Exception):
    pass

def retry(times, exceptions=(Exception,)):
    def decorate(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            for attempt in range(1, times + 1):
                try:
                    return fn(*args, **kwargs)
                except exceptions as e:
                    print(f"  attempt {attempt} failed: {e}")
                    if attempt == times:
                        raise
        return wrapper
    return decorate

def flaky(fail_times):
    state = {"calls": 0}
    @retry(3, (TransientError,))
    def op(x):
        state["calls"] += 1
        if state["calls"] <= fail_times:
            raise TransientError(f"call {state['calls']}")
        return x * 2
    return op
print(flaky(0)(5))
print(flaky(2)(6))
try:
    flaky(5)(7)
except TransientError as e:
    print("gave up:", e)

handlers = {}
def on(event):
    def register(fn):
        handlers.setdefault(event, []).append(fn.__name__)
        return fn
    return register
@on("start")
@on("stop")
def log_event():
    pass
@on("start")
def warm_up():
    pass
print(sorted(handlers.items()))

def compose(*fns):
    return functools.reduce(lambda f, g: lambda x: g(f(x)), fns)
inc_then_double = compose(lambda x: x + 1, lambda x: x * 2, str)
print(inc_then_double(5), repr(inc_then_double(0)))

def accumulate_calls(fn):
    calls = []
    def wrapper(*a):
        calls.append(a)
        return fn(*a)
    wrapper.calls = calls
    return wrapper
@accumulate_calls
def add(a, b):
    return a + b
print(add(1, 2), add("x", "y"), add.calls)
def bold(fn):
    return lambda *a: "<b>" + fn(*a) + "</b>"
def italic(fn):
    return lambda *a: "<i>" + fn(*a) + "</i>"
@bold
@italic
def greet(name):
    return f"hi {name}"
print(greet("ann"))
