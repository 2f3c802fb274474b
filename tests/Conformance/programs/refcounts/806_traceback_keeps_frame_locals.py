# An exception's traceback keeps the frames it left, and so their locals: an object only a local held lives
# until the exception (or a traceback object taken from it) is released, so its __del__ runs after the except
# block that caught it. Frames without try blocks, long (split) frames, frames with handlers, generators,
# __init__ and nested frames (released innermost first), with_traceback(None), and chained exceptions.
import sys


class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  del", self.name)


def plain():
    d = D("plain")
    raise ValueError("plain")


def long_frame(n):
    a = D("long a")
    b = D("long b")
    total = 0
    for i in range(n):
        total += i * 2 + 1
        if total > 1000:
            total -= 1000
    c = [a, b, total]
    if n > 3:
        raise KeyError(len(c))
    return c


def with_handler():
    h = D("handler")
    try:
        raise ValueError("handled elsewhere")
    except TypeError:
        print("not here")


def gen():
    g = D("generator")
    yield 1
    raise RuntimeError("from the generator")


def outer():
    o = D("outer")
    inner()


def inner():
    i = D("inner")
    raise ValueError("inner")


class Fails:
    def __init__(self):
        self.tag = D("instance attribute")
        raise ValueError("init")


def closure_cell():
    cell = D("cell")

    def use():
        return cell
    raise ValueError(use().name)


print("1. plain")
try:
    plain()
except ValueError:
    print("  caught")
print("  after")

print("2. as e, released at the end of the block")
try:
    plain()
except ValueError as e:
    print("  caught", e)
print("  after")

print("3. a long frame")
try:
    long_frame(10)
except KeyError as e:
    print("  caught", e)
print("  after")

print("4. a frame with handlers")
try:
    with_handler()
except ValueError:
    print("  caught")
print("  after")

print("5. a generator")
try:
    for x in gen():
        print("  got", x)
except RuntimeError:
    print("  caught")
print("  after")

print("6. nested frames: innermost first")
try:
    outer()
except ValueError:
    print("  caught")
print("  after")

print("7. a traceback object outlives the exception")
try:
    outer()
except ValueError as e:
    tb = e.__traceback__
    print("  caught")
print("  after the block")
del tb
print("  after del tb")

print("8. with_traceback(None) lets the frames go")
try:
    plain()
except ValueError as e:
    print("  caught")
    e.with_traceback(None)
    print("  traceback dropped")
print("  after")

print("9. __init__ raises")
try:
    Fails()
except ValueError:
    print("  caught")
print("  after")

print("10. a cell")
try:
    closure_cell()
except ValueError as e:
    print("  caught", e)
print("  after")

print("11. chained: the new exception's frames, then its context's")
try:
    try:
        plain()
    except ValueError:
        outer()
except ValueError as e:
    print("  caught", e, "context", e.__context__)
print("  after")

print("12. refcount of an object a kept local holds")
obj = D("counted")
def holds(x):
    y = x
    raise ValueError("holds")
before = sys.getrefcount(obj)
try:
    holds(obj)
except ValueError:
    print("  inside the handler:", sys.getrefcount(obj) - before)
print("  after the handler:", sys.getrefcount(obj) - before)
del obj
print("end")
