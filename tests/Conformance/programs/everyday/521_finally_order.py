# Order of try/except/else/finally, with return, break and continue crossing finally blocks.
log = []
def step(msg):
    log.append(msg)
    print(msg)

def f(kind):
    step(f"f({kind}) start")
    try:
        step("  try")
        if kind == "raise":
            raise ValueError(kind)
        if kind == "return":
            return "from try"
    except ValueError as e:
        step(f"  except {e}")
        return "from except"
    else:
        step("  else")
        return "from else"
    finally:
        step("  finally")
    step("  unreachable?")

for kind in ["ok", "raise", "return"]:
    print("->", f(kind))

def override():
    try:
        return "try"
    finally:
        return "finally wins"
print(override())

def swallow():
    try:
        raise RuntimeError("lost")
    finally:
        return "swallowed"
print(swallow())

def nested():
    try:
        try:
            step("inner try")
            raise KeyError("k")
        finally:
            step("inner finally")
    except KeyError as e:
        step(f"outer except {e!r}")
    finally:
        step("outer finally")
nested()

for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        step(f"loop body {i}")
    finally:
        step(f"loop finally {i}")
else:
    step("loop else (not reached)")

def count_in_finally():
    n = 0
    while True:
        try:
            n += 1
            if n < 3:
                continue
            return n
        finally:
            step(f"finally n={n}")
print("returned", count_in_finally())

def exc_in_finally():
    try:
        raise ValueError("original")
    finally:
        raise TypeError("from finally")
try:
    exc_in_finally()
except TypeError as e:
    print("caught", repr(e), "context", repr(e.__context__))

def else_raises():
    try:
        pass
    except Exception:
        step("not here")
    else:
        raise IndexError("from else")
    finally:
        step("finally after else")
try:
    else_raises()
except IndexError as e:
    print("caught", e)

def generator_with_finally():
    try:
        yield 1
        yield 2
    finally:
        step("generator finally")
g = generator_with_finally()
print(next(g))
g.close()
print(list(generator_with_finally()))
print(len(log))
