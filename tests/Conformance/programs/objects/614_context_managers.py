# Context managers as classes: __enter__/__exit__ order, exception suppression, nesting, several items in
# one with statement, and a manager reused for a transaction-like rollback.


class Trace:
    depth = 0

    def __init__(self, name, suppress=()):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("  " * Trace.depth + "enter", self.name)
        Trace.depth += 1
        return self

    def __exit__(self, exc_type, exc, tb):
        Trace.depth -= 1
        caught = exc_type is not None and issubclass(exc_type, self.suppress)
        print("  " * Trace.depth + "exit", self.name, exc_type.__name__ if exc_type else None,
              "suppressed" if caught else "")
        return caught


with Trace("outer") as t:
    print("  body of", t.name)
    with Trace("inner", suppress=(ValueError,)):
        raise ValueError("swallowed")
    print("  after inner")

try:
    with Trace("a"), Trace("b", suppress=(KeyError,)), Trace("c"):
        raise IndexError("escapes")
except IndexError as e:
    print("caught outside:", e)

with Trace("x", suppress=(ZeroDivisionError,)) as x, Trace("y") as y:
    print("  names:", x.name, y.name)
    1 / 0
print("continued")


class Transaction:
    def __init__(self, store):
        self.store = store

    def __enter__(self):
        self.snapshot = dict(self.store)
        return self.store

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None:
            self.store.clear()
            self.store.update(self.snapshot)
            print("rolled back after", exc_type.__name__ + ":", exc)
            return True
        print("committed", sorted(self.store.items()))
        return False


store = {"a": 1}
with Transaction(store) as s:
    s["b"] = 2
with Transaction(store) as s:
    s["c"] = 3
    s["a"] = 100
    raise RuntimeError("conflict")
print(sorted(store.items()))


def generator_body():
    with Trace("in-generator"):
        yield 1
        yield 2


for v in generator_body():
    print("  got", v)


class ReturnsOther:
    def __enter__(self):
        return "a value, not the manager"

    def __exit__(self, *args):
        print("exit args:", [a is None for a in args])


with ReturnsOther() as value:
    print(value)
