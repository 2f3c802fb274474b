# Context managers: __enter__/__exit__, the value bound by "as", exceptions passed to __exit__, suppression.
class Tracer:
    depth = 0

    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        Tracer.depth += 1
        print("  " * Tracer.depth + "enter " + self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        print("  " * Tracer.depth + "exit " + self.name, exc_type.__name__ if exc_type else None, repr(exc))
        Tracer.depth -= 1
        return self.suppress

with Tracer("a") as t:
    print("inside", t.name)

with Tracer("outer"):
    with Tracer("inner"):
        print("nested body")

with Tracer("suppressing", suppress=True):
    raise ValueError("swallowed")
print("after suppressed error")

try:
    with Tracer("leaky"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e))

def early_return():
    with Tracer("ret"):
        return "returned value"

print(early_return())

for i in range(3):
    with Tracer("loop%d" % i):
        if i == 1:
            continue
        print("body", i)

class Resource:
    opened = []

    def __init__(self, name):
        self.name = name

    def __enter__(self):
        Resource.opened.append(self.name)
        return self.name.upper()

    def __exit__(self, *args):
        Resource.opened.remove(self.name)
        return False

with Resource("db") as handle, Resource("cache") as other:
    print(handle, other, Resource.opened)
print(Resource.opened)

class Suppress:
    def __init__(self, *kinds):
        self.kinds = kinds

    def __enter__(self):
        return None

    def __exit__(self, exc_type, exc, tb):
        return exc_type is not None and issubclass(exc_type, self.kinds)

for risky in [lambda: 1 / 0, lambda: int("x"), lambda: [][1]]:
    try:
        with Suppress(ZeroDivisionError, ValueError):
            risky()
            print("no error")
        print("suppressed or fine")
    except IndexError as e:
        print("not suppressed:", e)
try:
    with 42:
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__)
