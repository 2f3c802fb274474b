def count(n):
    i = 0
    while i < n:
        yield i
        i += 1

def bare():
    yield

def echo():
    received = yield
    while received is not None:
        received = yield received * 2
    return "done"

def pairs(xs):
    for i, x in enumerate(xs):
        yield i, x

def with_return(n):
    if n < 0:
        return
    yield n
    return n + 1

def guarded(items):
    try:
        for item in items:
            yield item
    except ValueError as e:
        yield str(e)
    finally:
        print("closed")

def in_handler():
    try:
        raise KeyError("k")
    except KeyError:
        yield 1
        yield 2

def with_lock(lock, n):
    with lock:
        for i in range(n):
            yield i

def accumulate():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    return total

def closure_gen(k):
    def scale(x):
        return x * k
    for i in range(3):
        yield scale(i)

def yield_in_expr(xs):
    result = [x for x in xs]
    total = (yield 1) + (yield 2)
    print((yield), total, result)

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

def break_out(xs):
    for x in xs:
        if x > 3:
            break
        yield x
    else:
        yield -1
