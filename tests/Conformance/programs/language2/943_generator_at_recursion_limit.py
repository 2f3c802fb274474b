# A generator resumed one level too deep (its frame would be the one past the recursion limit) raises RecursionError
# and is finished by it, as in CPython 3.12: the frame is cleared without running any of its code (no finally
# block runs), the generator is no longer suspended, and a later next() raises StopIteration even at a shallow
# depth. A coroutine resumed that way is "already awaited". Resumed within the limit, a generator goes on.
# (The resumption is always next() or a for loop: GilGen counts a level for a builtin method call such as g.send(),
# which CPython 3.12 does not, so g.send() in the deepest frame fails before it reaches the generator.)
import sys

sys.setrecursionlimit(150)
log = []


def gen(name):
    try:
        log.append(name + " start")
        yield 1
        yield 2
        yield 3
    finally:
        log.append(name + " finally")


def plain():
    yield 1
    yield 2


def state(g):
    return "running" if g.gi_running else "suspended" if g.gi_suspended else "not suspended"


def described(r):
    if isinstance(r, BaseException):
        return type(r).__name__ + ": " + str(r)
    if isinstance(r, tuple):
        return "(" + ", ".join(described(x) for x in r) + ")"
    return repr(r)


# Each helper recurses until a call fails, then resumes g in the deepest frame: one level too many. Nothing else
# runs in that frame (CPython 3.12 counts only Python frames against the limit; the exception is described after).
def next_at_limit(n, g):
    try:
        return next_at_limit(n + 1, g)
    except RecursionError:
        pass
    try:
        return ("yielded", next(g))
    except RecursionError as e:
        return e
    except StopIteration:
        return ("StopIteration",)


def send_through_await_at_limit(n, it):
    try:
        return send_through_await_at_limit(n + 1, it)
    except RecursionError:
        pass
    try:
        return ("yielded", next(it))
    except RecursionError as e:
        return e
    except StopIteration as e:
        return ("StopIteration", e.value)


def loop_at_limit(n, g):
    try:
        return loop_at_limit(n + 1, g)
    except RecursionError:
        pass
    out = []
    try:
        for x in g:
            out.append(x)
        return ("done", out)
    except RecursionError as e:
        return (e, out)


def show(g):
    print("  after:", state(g), g.gi_running, g.gi_suspended)
    try:
        print("  next ->", next(g))
    except StopIteration:
        print("  next -> StopIteration")
    print("  rest", list(g), state(g))
    print("  log", log)
    log.clear()


print("1. suspended generator, next() at the limit")
g = gen("g1")
print(next(g), state(g))
print(described(next_at_limit(0, g)))
show(g)

print("2. generator not started, next() at the limit")
g = gen("g2")
print(state(g))
print(described(next_at_limit(0, g)))
show(g)

print("3. send(), throw() and close() of a generator finished that way, at a shallow depth")
g = gen("g3")
next(g)
print(described(next_at_limit(0, g)))
try:
    print(g.send(None))
except StopIteration as e:
    print("send -> StopIteration", e.value)
try:
    print(g.throw(ValueError("thrown")))
except ValueError as e:
    print("throw ->", described(e))
print("close ->", g.close())
show(g)

print("4. resumed at the limit while not started, then send(None)")
g = gen("g4")
print(described(next_at_limit(0, g)))
try:
    print(g.send(None))
except StopIteration as e:
    print("send -> StopIteration", e.value)
show(g)

print("5. a for loop at the limit")
g = gen("g5")
next(g)
print(described(loop_at_limit(0, g)))
show(g)

print("6. a generator without try blocks")
g = plain()
next(g)
print(described(next_at_limit(0, g)))
show(g)

print("7. yield from: the outer generator resumed at the limit; the inner one, still referenced, stays suspended")
inner = plain()
def outer():
    r = yield from inner
    yield r
o = outer()
print(next(o))
print(described(next_at_limit(0, o)))
show(o)
print("  inner:", state(inner), next(inner), list(inner))

print("8. other generators go on; close() of one finished that way")
g = gen("g8")
h = gen("h8")
next(g)
next(h)
print(described(next_at_limit(0, g)))
print(next(h), state(h), state(g))
h.close()
print(g.close(), state(g))
show(g)

print("9. a generator expression")
ge = (x * 10 for x in range(5))
print(next(ge))
print(described(next_at_limit(0, ge)))
print(list(ge))

print("10. a coroutine resumed through its awaitable at the limit")
async def co():
    return 5
c = co()
it = c.__await__()
print(described(send_through_await_at_limit(0, it)), c.cr_suspended, c.cr_running)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError", e)
except StopIteration as e:
    print("StopIteration", e.value)
del it

print("11. resumed within the limit, by a recursion that stops short of it")
def next_near_limit(n, g, stop):
    if n < stop:
        return next_near_limit(n + 1, g, stop)
    return next(g)
g = gen("g11")
print(next(g), next_near_limit(0, g, 100), next(g))
show(g)
