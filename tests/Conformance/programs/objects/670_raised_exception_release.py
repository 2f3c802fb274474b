# A raised exception is released at CPython's moments: its __del__ runs when the last reference goes (the end of
# `except ... as e`, POP_EXCEPT, a caught StopIteration, a suppressing __exit__, a thread's reported exception), and
# sys.getrefcount of a caught exception is 3.12's.
import sys
import threading
import traceback


class Tracked(Exception):
    def __init__(self, name):
        super().__init__(name)
        self.name = name

    def __del__(self):
        print("del", self.name)


def named_handler():
    try:
        raise Tracked("as-e")
    except Tracked as e:
        print("in handler, refcount", sys.getrefcount(e))
        print("exc_info is e:", sys.exc_info()[1] is e, "exception() is e:", sys.exception() is e)
    print("after the handler")


named_handler()

try:
    raise Tracked("unnamed")
except Tracked:
    print("handled unnamed")
print("after unnamed")


def returns_it():
    try:
        raise Tracked("returned")
    except Tracked as e:
        return e


kept = returns_it()
print("kept", kept.name, sys.getrefcount(kept))
del kept
print("after del kept")


def raises():
    raise Tracked("from callee")


def catches():
    try:
        raises()
    except Tracked as e:
        print("caught from callee, refcount", sys.getrefcount(e), "frames", len(traceback.extract_tb(e.__traceback__)))


catches()
print("after callee")


class Suppress:
    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        print("exit sees", v.name, sys.getrefcount(v))
        return True


with Suppress():
    raise Tracked("suppressed")
print("after with")

try:
    try:
        raise Tracked("context")
    except Tracked:
        raise Tracked("outer")
except Tracked as e2:
    print("outer's context is", e2.__context__.name)
print("after chained")

try:
    try:
        raise Tracked("cause")
    except Tracked as c:
        raise Tracked("effect") from c
except Tracked as e3:
    print("effect's cause is", e3.__cause__.name)
print("after cause")


def no_match():
    try:
        raise Tracked("re-raised")
    except KeyError:
        pass


try:
    no_match()
except Tracked as e:
    print("outer caught", e.name, sys.getrefcount(e))
print("after no match")


def bare_raise():
    try:
        raise Tracked("bare")
    except Tracked:
        raise


try:
    bare_raise()
except Tracked as e:
    print("outer caught", e.name, sys.getrefcount(e))
print("after bare raise")


def through_finally():
    try:
        raise Tracked("finally")
    finally:
        print("finally runs")


try:
    through_finally()
except Tracked:
    pass
print("after finally")


def gen():
    yield 1
    return Tracked("stop value")


it = gen()
next(it)
try:
    next(it)
except StopIteration as s:
    print("stop value", s.value.name)
print("after StopIteration")


def yields_in_handler():
    try:
        raise Tracked("suspended")
    except Tracked as e:
        yield e.name
        yield sys.exception().name
    yield "done"


g = yields_in_handler()
print(next(g))
print("outside, exception() is", sys.exception())
print(next(g))
print(next(g))
print("after the generator's handler")
g2 = yields_in_handler()
print(next(g2))
del g2
print("after dropping a suspended generator")

saved = []
for i in range(3):
    try:
        raise Tracked("saved %d" % i)
    except Tracked as e:
        saved.append(e)
print("saved", [e.name for e in saved])
saved.clear()
print("after clear")


def hook(args):
    print("hook got", args.exc_value.name, "in", args.thread.name)


threading.excepthook = hook


def fails():
    raise Tracked("thread")


t = threading.Thread(target=fails, name="worker")
t.start()
t.join()
print("after thread")
threading.excepthook = threading.__excepthook__

try:
    {}["missing"]
except KeyError as k:
    print("builtin error refcount", sys.getrefcount(k))
print("end")
