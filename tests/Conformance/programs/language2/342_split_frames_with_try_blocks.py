# Bodies with try blocks long enough that GilGen splits their frame (an entry method that owns the frame and
# a body method whose catch enters the handlers by returning to the entry method, which runs it again at the
# handler): exceptions raised inside and outside a handler, tracebacks and their lines, the locals a
# traceback keeps, operands pending on the stack when an operation raises, return/break/continue through
# finally, nested handlers and re-raises, with blocks, a class body and the module itself with try blocks.
import sys


class Tracked:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("released", self.name)

    def m(self, *args):
        return self.name


def lines_of(exc):
    tb = exc.__traceback__
    out = []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


def fail(what):
    raise KeyError(what)


def take(*args):
    return len(args)


def handled_inside(n):
    keep = Tracked("inside")
    total = 0
    for i in range(n):
        try:
            if i % 3 == 0:
                fail(i)
            total += i
        except KeyError as e:
            total += 100 * e.args[0]
        else:
            total += 1
    try:
        [][n]
    except IndexError:
        total = -total
    return total


def raised_outside(fail_at):
    keep = Tracked("outside " + str(fail_at))
    total = 0
    try:
        total += 1
        if fail_at in (1, 2):
            fail("in try")
    except KeyError:
        total += 10
        if fail_at == 2:
            fail("in handler")
    finally:
        total += 100
    if fail_at == 3:
        fail("after try")
    return total


def pending(held):
    total = 0
    try:
        total += take(Tracked("arg in try"), held, fail("pending in try"))
    except KeyError as e:
        print("caught", e)
    return Tracked("receiver").m(Tracked("argument"), take(Tracked("inner"), held, fail("pending outside")))


def through_finally(n):
    log = []
    for i in range(n):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            log.append(i)
        finally:
            log.append("f%d" % i)
    try:
        try:
            return log
        finally:
            log.append("returning")
    finally:
        log.append("outer")


def nested(depth):
    try:
        try:
            try:
                fail("deep")
            except KeyError:
                raise ValueError("middle")
        except ValueError as e:
            if depth:
                raise
            return "kept " + str(e)
    except ValueError as e:
        return "outer " + str(e) + " " + repr(e.__context__)


class Manager:
    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, t, v, tb):
        print("exit", t.__name__ if t else None)
        return t is KeyError


def with_blocks(which):
    total = 0
    with Manager():
        total += 1
        if which == 1:
            fail("swallowed")
    with Manager():
        total += 2
        if which == 2:
            raise ValueError("passed on")
    return total


def many_caught(n):
    count = 0
    d = {}
    for i in range(n):
        try:
            d[i]
        except KeyError:
            count += 1
    return count


print("handled inside:", handled_inside(7))
for fail_at in range(4):
    try:
        print("returned", raised_outside(fail_at))
    except KeyError as e:
        print("caught", e, lines_of(e))
    print("after", fail_at)
held = Tracked("held")
before = sys.getrefcount(held)
try:
    pending(held)
except KeyError as e:
    print("caught", e, lines_of(e)[-1])
print("refcount change", sys.getrefcount(held) - before)
print("through finally:", through_finally(5))
print("nested:", nested(0))
print("nested:", nested(1))
for which in range(3):
    try:
        print("with", with_blocks(which))
    except ValueError as e:
        print("caught", e, lines_of(e)[-1])
print("many caught:", many_caught(200000))
try:
    sys.setrecursionlimit(100)

    def deep(n):
        try:
            return deep(n + 1)
        finally:
            n += 0
            n -= 0

    deep(0)
except RecursionError:
    print("recursion error")
finally:
    sys.setrecursionlimit(1000)


class Body:
    try:
        x = 1
        fail("class")
    except KeyError as e:
        y = str(e)
    z = x + 1


print("class body:", Body.x, Body.y, Body.z)
try:
    raised_outside(3)
except KeyError as e:
    kept = e
print("kept", lines_of(kept))
del kept
print("end")
