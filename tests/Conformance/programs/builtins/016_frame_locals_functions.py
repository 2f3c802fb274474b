# locals(), vars() and dir() without an argument inside functions, lambdas, methods, closures and generators:
# CPython 3.12's frame keeps one locals dict (f_locals), updated by every call: bound variables in the code's
# order (locals, then cells, then free variables), unbound ones removed, keys the program added kept.
import builtins


def show(label, d):
    print(label, {k: v for k, v in d.items() if not callable(v) and not isinstance(v, dict)}, list(d))


def arguments(a, b=2, *args, c, d=4, **kw):
    show("arguments", locals())
    return vars() is locals(), dir()


print(arguments(1, c=3))
print(arguments(1, 22, 33, 44, c=3, d=5, e=6, f=7))


def unbound_and_deleted(flag):
    if flag:
        early = "early"
    show("start", locals())
    late = "late"
    show("after", locals())
    del late
    show("deleted", locals())
    try:
        print(late)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)


unbound_and_deleted(False)
unbound_and_deleted(True)


def same_dict():
    d = locals()
    print(sorted(d), d is locals(), d is vars())
    x = 1
    print(sorted(d))
    locals()
    print(sorted(d), d["d"] is d)
    d["added"] = "by the program"
    print("added" in locals(), "added" in dir(), dir())
    try:
        added
    except NameError as e:
        print("NameError:", e)
    d["x"] = 99
    print(x, d["x"])
    locals()
    print(x, d["x"])
    del x
    dir()
    print("x" in d, sorted(d))


same_dict()


def empty():
    return locals()


print(empty(), empty() is empty())


def cells(a, b):
    def reads_a():
        return a
    c = 3
    def writes_d():
        nonlocal d
        d = "written"
    print(list(locals()))
    d = 4
    print(list(locals()))
    writes_d()
    print(locals()["d"])

    def inner(p):
        q = p + c
        return sorted(locals()), locals()["a"] if "a" in locals() else None

    def uses_a_b(p):
        return list(locals()), a, b, p

    return inner(10), uses_a_b(1)


print(cells(1, 2))


def free_unbound():
    def inner():
        names = list(locals())
        if names is None:
            print(v)
        return names
    first = inner()
    v = 1
    return first, inner()


print(free_unbound())


def outer():
    x = "outer x"

    def middle():
        y = "middle y"

        def inner():
            z = "inner z"
            return locals(), x, y
        return inner()
    return middle()


print(outer())
print((lambda a, b=2, *c, **d: sorted(locals().items()))(1, 3, 4, k=5))
print((lambda: dir())())
adder = lambda n: (lambda m: sorted(locals().items()))
print(adder(1)(2))
closure = lambda n: (lambda m: (sorted(locals().items()), n))
print(closure(1)(2))


class Base:
    def greet(self):
        return "base"


class Derived(Base):
    def plain(self, arg):
        return sorted(locals())

    def with_super(self):
        s = super().greet()
        return list(locals()), locals()["__class__"] is Derived, s

    def with_class(self):
        return list(locals()), __class__.__name__

    @staticmethod
    def static(a):
        return dir()

    @classmethod
    def klass(cls, a):
        return list(vars()), cls.__name__


o = Derived()
print(o.plain(1), o.with_super(), o.with_class(), o.static(1), Derived.klass(2))


def gen(n):
    total = 0
    d = locals()
    yield sorted(d)
    for i in range(n):
        total += i
        yield sorted(locals().items()) if i == 0 else dir()
    yield d is locals(), sorted(d)


print(list(gen(3)))


def gen_dict_is_frames():
    yield locals()
    x = 1
    yield locals()


g = gen_dict_is_frames()
first = next(g)
print(first, next(g) is first, first)
print(next(sorted(locals()) for x in range(3)))
print(list(list(locals()) for x in range(2)))


def recursive(n):
    if n == 0:
        return [sorted(locals().items())]
    here = locals()
    rest = recursive(n - 1)
    return [sorted(here)] + rest


print(recursive(2))


def with_handlers():
    try:
        raise ValueError("v")
    except ValueError as e:
        print(sorted(locals()), type(locals()["e"]).__name__)
    print(sorted(locals()))
    try:
        x = 1
        return dir()
    finally:
        print("finally", sorted(locals()))


print(with_handlers())


def long_function(a, b):
    # Enough instructions for GilGen to run the frame as two methods (a split frame).
    total = 0
    for i in range(3):
        total += a * i
        total -= b
    words = [str(total), str(a), str(b)]
    joined = "-".join(words)
    table = {w: len(w) for w in words}
    count = len(table) + len(joined)
    show("long", locals())
    del words
    total = count * 2
    return sorted(locals().items())


print(long_function(1, 2))


class Tracked:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


def keeps_values():
    t = Tracked(1)
    locals()
    t = Tracked(2)
    print("rebound: the dict still holds 1")
    locals()
    print("refreshed")
    return "returned"


print(keeps_values())


def gen_keeps():
    t = Tracked(3)
    locals()
    yield 1
    yield 2


g = gen_keeps()
print(next(g))
g.close()
print("closed")

# A global named locals, or a rebound builtin, is called as any function.
def uses_global_dir():
    return dir()


dir = lambda: "the module's dir"
print(uses_global_dir())
del dir
print(uses_global_dir())
saved = builtins.vars
builtins.vars = lambda: "a rebound builtins.vars"
print((lambda: vars())())
builtins.vars = saved
print((lambda: vars())())

# A coroutine and a generator with try blocks (their frames resume in a method with exception handlers).
import asyncio


async def coroutine(a):
    x = 1
    await asyncio.sleep(0)
    try:
        raise KeyError
    except KeyError:
        y = locals()
    return sorted(y), dir()


print(asyncio.run(coroutine(5)))


def gen_try():
    try:
        yield sorted(locals())
        z = 3
        yield dir()
    finally:
        print("finally", sorted(locals()))


print(list(gen_try()))

# Bound to the builtin as a global of the same name, it still reads the calling frame.
from builtins import vars
locals = locals


def through_globals(a):
    b = 2
    return locals(), vars()


print(through_globals(1), locals() is globals())
