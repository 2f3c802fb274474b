def plain(f):
    return f

def with_args(a, b=2):
    def deco(f):
        return f
    return deco

@plain
def one():
    return 1

@plain
@with_args(1, b=3)
@plain
def stacked(x, *args, **kwargs):
    return x, args, kwargs

def outer():
    @with_args(2)
    def inner(y):
        return y
    return inner

@plain
class Decorated:
    pass

@with_args(1)
class Decorated2(object):
    x = 1

def counter(f):
    calls = 0
    def wrapper(*args, **kwargs):
        nonlocal calls
        calls += 1
        return f(*args, **kwargs)
    wrapper.calls = lambda: calls
    return wrapper

@counter
def add(a, b):
    return a + b
