# throw(): exceptions raised inside a generator at the paused yield.
def resilient():
    errors = 0
    value = 0
    while True:
        try:
            received = yield value
            if received is not None:
                value = received
        except ValueError as e:
            errors += 1
            print("recovered from", repr(e), "errors so far", errors)
            value = -errors
        except KeyError:
            print("KeyError ends the loop")
            return errors

g = resilient()
print(next(g))
print(g.send(5))
print(g.throw(ValueError("first")))
print(g.throw(ValueError("second")))
print(g.send(42))
try:
    g.throw(KeyError("k"))
except StopIteration as e:
    print("generator returned", e.value)

def fragile():
    yield 1
    yield 2

f = fragile()
next(f)
try:
    f.throw(TypeError("not handled"))
except TypeError as e:
    print("propagated:", e)
print("after propagation:", next(f, "exhausted"))

unstarted = fragile()
try:
    unstarted.throw(RuntimeError("before start"))
except RuntimeError as e:
    print("unstarted raised:", e)
print(list(unstarted))

def with_types():
    while True:
        try:
            yield
        except Exception as e:
            print(type(e).__name__, e.args)

w = with_types()
next(w)
w.throw(ValueError)
w.throw(ValueError("with message"))
w.throw(IndexError, "class and value")
w.throw(ZeroDivisionError, ("a", "b"))
try:
    w.throw(ValueError("instance"), "extra")
except TypeError as e:
    print("TypeError:", e)
try:
    w.throw(42)
except TypeError as e:
    print("TypeError:", e)

def cleanup_on_throw():
    try:
        yield "working"
    finally:
        print("cleanup ran")

c = cleanup_on_throw()
next(c)
try:
    c.throw(OSError("disk"))
except OSError as e:
    print("caught outside:", e)

def retrying(attempts):
    for attempt in range(1, attempts + 1):
        try:
            yield attempt
            print("attempt", attempt, "succeeded")
            return attempt
        except TimeoutError as e:
            print("attempt", attempt, "failed:", e)
    return None

r = retrying(3)
print("try", next(r))
print("try", r.throw(TimeoutError("timeout")))
print("try", r.throw(TimeoutError("reset")))
try:
    r.throw(TimeoutError("refused"))
except StopIteration as e:
    print("gave up:", e.value)
