# Generator state: gi_running, gi_suspended, gi_yieldfrom, "already executing", send before start.
def watcher():
    me = yield "started"
    print("running inside:", me.gi_running, "suspended:", me.gi_suspended)
    yield "checked"

w = watcher()
print("before start:", w.gi_running, w.gi_suspended)
print(next(w))
print("paused:", w.gi_running, w.gi_suspended)
print(w.send(w))
print(next(w, "end"), "after end:", w.gi_running, w.gi_suspended)

def reentrant():
    yield next(self_ref)

self_ref = reentrant()
try:
    next(self_ref)
except ValueError as e:
    print("ValueError:", e)

def sub():
    yield 1
    yield 2

def delegator():
    yield from sub()
    yield "own"

d = delegator()
print(d.gi_yieldfrom)
next(d)
print(type(d.gi_yieldfrom).__name__, d.gi_yieldfrom.__name__)
next(d)
next(d)
print(d.gi_yieldfrom)

def needs_none_first():
    x = yield
    print("got", x)
    yield x

n = needs_none_first()
try:
    n.send("too early")
except TypeError as e:
    print("TypeError:", e)
print(n.send(None))
print(n.send("now fine"))

def stop_inside():
    yield 1
    raise StopIteration("leak")

s = stop_inside()
next(s)
try:
    next(s)
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", type(e.__cause__).__name__, e.__cause__.args)
print(next(s, "finished after error"))

def named():
    yield

a = named()
a.__name__ = "renamed"
print(a.__name__, a.__qualname__)

def outer_fn():
    def inner_gen():
        yield
    return inner_gen()

print(outer_fn().__qualname__)
g = (x for x in [])
print(g.__name__, g.__qualname__)
print(iter(sub()).__next__())
it = sub()
print(it.__iter__() is it, it.__next__(), it.__next__())
try:
    it.__next__()
except StopIteration:
    print("StopIteration from __next__")
