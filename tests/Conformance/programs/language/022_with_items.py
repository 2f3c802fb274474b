# with statements with several context managers, exceptions and suppression.
class Resource:
    def __init__(self, name, log, suppress=False):
        self.name = name
        self.log = log
        self.suppress = suppress

    def __enter__(self):
        self.log.append(f"enter {self.name}")
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        self.log.append(f"exit {self.name} {exc_type.__name__ if exc_type else None}")
        return self.suppress

log = []
with Resource("a", log) as a, Resource("b", log) as b:
    log.append(f"body {a} {b}")
print(log)

log = []
try:
    with Resource("x", log), Resource("y", log) as y:
        log.append("about to fail")
        raise ValueError("boom")
except ValueError as e:
    log.append(f"caught {e}")
print(log)

log = []
with Resource("outer", log), Resource("quiet", log, suppress=True):
    raise KeyError("swallowed")
log.append("after")
print(log)

def early_return():
    log = []
    with Resource("r", log) as r:
        return r, log

value, seen = early_return()
print(value, seen)

log = []
for i in range(3):
    with Resource(f"loop{i}", log):
        if i == 1:
            continue
        if i == 2:
            break
        log.append(f"body {i}")
print(log)

class Timer:
    def __enter__(self):
        self.ticks = 0
        return self
    def __exit__(self, *exc):
        self.ticks += 1
        return False

with Timer() as t1, Timer() as t2:
    pass
print(t1.ticks, t2.ticks)
