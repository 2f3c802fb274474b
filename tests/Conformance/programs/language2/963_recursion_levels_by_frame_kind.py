# What counts a level of the recursion limit, as in CPython 3.12: each Python frame (a function, a method however it
# is reached, __init__/__new__, a class body, the module's own code, a generator's resumption, and a thread's
# threading frames), and nothing else (a class call, a bound method object, __call__, a builtin, functools.partial,
# map, len, repr, hash or == calling back into Python). Each case recurses deeper until RecursionError.
import functools
import sys
import threading

try:
    sys.setrecursionlimit(1)
except RecursionError as e:
    print("RecursionError:", e)
sys.setrecursionlimit(80)


def f(n):
    if n:
        f(n - 1)


class C:
    def m(self, n):
        if n:
            bm = self.m
            bm(n - 1)

    def direct(self, n):
        if n:
            self.direct(n - 1)

    def __call__(self, n):
        if n:
            self(n - 1)

    @staticmethod
    def st(n):
        if n:
            C.st(n - 1)

    @classmethod
    def cm(cls, n):
        if n:
            cls.cm(n - 1)


class B:
    def __init__(self, n):
        if n:
            B(n - 1)


class N:
    def __new__(cls, n):
        if n:
            N(n - 1)
        return object.__new__(cls)


class L:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        if self.n:
            list(L(self.n - 1))
        return iter(())

    def __len__(self):
        return 0 if self.n == 0 else len(L(self.n - 1))

    def __repr__(self):
        return "r" if self.n == 0 else repr(L(self.n - 1))

    def __hash__(self):
        return 0 if self.n == 0 else hash(L(self.n - 1))

    def __eq__(self, other):
        return True if self.n == 0 else L(self.n - 1) == other

    def __str__(self):
        return "s" if self.n == 0 else str(L(self.n - 1))


def body(n):
    if n:
        class Inner:
            body(n - 1)


def part(n):
    if n:
        functools.partial(part, n - 1)()


def gen(n):
    if n:
        yield from gen(n - 1)
    yield n


def viamap(n):
    if n:
        list(map(viamap, [n - 1]))


def key(n):
    if n:
        max([n], key=lambda x: key(n - 1) or 0)


def first_failing(fn):
    for n in range(200):
        try:
            fn(n)
        except RecursionError:
            return n


c = C()
cases = [("function", f), ("bound method object", c.m), ("method", c.direct), ("__call__", c), ("staticmethod", C.st),
         ("classmethod", C.cm), ("class __init__", B), ("class __new__", N), ("class body", body),
         ("partial", part), ("generator", lambda n: list(gen(n))), ("map", viamap), ("key function", key),
         ("list", lambda n: list(L(n))), ("len", lambda n: len(L(n))), ("repr", lambda n: repr(L(n))),
         ("hash", lambda n: hash(L(n))), ("eq", lambda n: L(n) == 0), ("str", lambda n: str(L(n)))]
for name, fn in cases:
    print(name, first_failing(fn))


def in_thread():
    print("function in a thread", first_failing(f))


t = threading.Thread(target=in_thread)
t.start()
t.join()


class T(threading.Thread):
    def run(self):
        print("function in a Thread subclass's run", first_failing(f))


t = T()
t.start()
t.join()


def from_function():
    return first_failing(f)


print("function from a function", from_function())
