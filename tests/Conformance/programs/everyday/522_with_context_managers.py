# Context managers written as classes: enter/exit order, exception suppression, nested and multi-item with.
class Tracer:
    depth = 0
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("  " * Tracer.depth + f"enter {self.name}")
        Tracer.depth += 1
        return self
    def __exit__(self, exc_type, exc, tb):
        Tracer.depth -= 1
        status = "ok" if exc_type is None else f"{exc_type.__name__}: {exc}"
        print("  " * Tracer.depth + f"exit {self.name} ({status}){' suppressed' if exc_type and self.suppress else ''}")
        return self.suppress

with Tracer("a") as a:
    print("body with", a.name)
with Tracer("outer"), Tracer("middle") as m, Tracer("inner"):
    print("inside all three, middle is", m.name)
with Tracer("catcher", suppress=True):
    with Tracer("passer"):
        raise ValueError("boom")
    print("not printed")
print("after suppression")
try:
    with Tracer("x"), Tracer("y", suppress=False):
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e))

class Resource:
    opened = []
    def __init__(self, name, fail_on_enter=False):
        self.name = name
        self.fail = fail_on_enter
    def __enter__(self):
        if self.fail:
            raise OSError(f"cannot open {self.name}")
        Resource.opened.append(self.name)
        return self.name.upper()
    def __exit__(self, *exc):
        Resource.opened.remove(self.name)
        print("closed", self.name, "open now:", Resource.opened)
        return False

try:
    with Resource("r1") as r1, Resource("r2", fail_on_enter=True) as r2:
        print("never", r1, r2)
except OSError as e:
    print("OSError:", e, "| still open:", Resource.opened)
with Resource("f1") as f1:
    with Resource("f2") as f2:
        print("using", f1, f2, Resource.opened)

class Timer:
    """Counts 'ticks' instead of time so the output is deterministic."""
    def __init__(self):
        self.ticks = 0
    def tick(self, n=1):
        self.ticks += n
    def __enter__(self):
        self.start = self.ticks
        return self
    def __exit__(self, *exc):
        self.elapsed = self.ticks - self.start
t = Timer()
with t:
    for i in range(7):
        t.tick(i)
print("elapsed", t.elapsed)

def transaction(store):
    class Tx:
        def __enter__(self):
            self.snapshot = dict(store)
            return store
        def __exit__(self, exc_type, exc, tb):
            if exc_type is not None:
                store.clear()
                store.update(self.snapshot)
                print("rolled back because", exc)
                return True
            print("committed", sorted(store.items()))
    return Tx()
data = {"a": 1}
with transaction(data) as d:
    d["b"] = 2
with transaction(data) as d:
    d["c"] = 3
    d["a"] = 100
    raise RuntimeError("constraint violated")
print(sorted(data.items()))

def early_return():
    with Tracer("in function"):
        return "returned through exit"
print(early_return())
for i in range(3):
    with Tracer(f"loop {i}"):
        if i == 1:
            continue
        if i == 2:
            break
        print("loop body", i)
