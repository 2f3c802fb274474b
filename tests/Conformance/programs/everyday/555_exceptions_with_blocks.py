# Exceptions inside with blocks and finally clauses: __exit__ sees them, may replace or suppress them; context chains.
class Guard:
    def __init__(self, name, action=None):
        self.name, self.action = name, action
    def __enter__(self):
        print(f"[{self.name}] enter")
        return self
    def __exit__(self, et, ev, tb):
        print(f"[{self.name}] exit with {et.__name__ if et else None}: {ev}")
        if self.action == "suppress":
            return True
        if self.action == "replace" and et is not None:
            raise RuntimeError(f"{self.name} replaced {et.__name__}") from ev
        if self.action == "raise":
            raise KeyError(f"{self.name} failed in exit")
        return False

def attempt(label, fn):
    try:
        fn()
        print(label, "-> completed")
    except Exception as e:
        chain = []
        cur = e
        while cur is not None:
            chain.append(f"{type(cur).__name__}({cur})")
            cur = cur.__cause__ or cur.__context__
        print(label, "->", " <- ".join(chain))

def plain():
    with Guard("g"):
        raise ValueError("v1")
def suppressed():
    with Guard("g", "suppress"):
        raise ValueError("v2")
    print("after suppressed block")
def replaced():
    with Guard("g", "replace"):
        raise ValueError("v3")
def exit_raises():
    with Guard("g", "raise"):
        pass
def exit_raises_during():
    with Guard("g", "raise"):
        raise ValueError("v4")
def nested_mix():
    with Guard("outer", "suppress"):
        with Guard("inner", "replace"):
            raise ZeroDivisionError("z")
    print("outer swallowed the replacement")
def enter_fails():
    class Bad:
        def __enter__(self):
            raise OSError("cannot enter")
        def __exit__(self, *a):
            print("never called")
    with Guard("first"), Bad():
        print("not reached")
def in_handler():
    try:
        raise KeyError("original")
    except KeyError:
        with Guard("cleanup"):
            raise ValueError("while handling")
def finally_replaces():
    try:
        raise ValueError("lost?")
    finally:
        raise TypeError("finally wins")

for label, fn in [("plain", plain), ("suppressed", suppressed), ("replaced", replaced), ("exit_raises", exit_raises),
                  ("exit_raises_during", exit_raises_during), ("nested_mix", nested_mix), ("enter_fails", enter_fails),
                  ("in_handler", in_handler), ("finally_replaces", finally_replaces)]:
    attempt(label, fn)

def gen_in_with():
    with Guard("gen"):
        yield 1
        yield 2
g = gen_in_with()
print(next(g))
g.close()
g = gen_in_with()
print(next(g))
try:
    g.throw(ValueError("thrown into generator"))
except ValueError as e:
    print("propagated:", e)
log = []
class Tx:
    def __enter__(self):
        log.append("begin")
    def __exit__(self, et, ev, tb):
        log.append("rollback" if et else "commit")
for bad in (False, True):
    try:
        with Tx():
            log.append("work")
            if bad:
                raise ValueError("boom")
    except ValueError:
        log.append("handled")
print(log)
