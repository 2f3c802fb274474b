import sys

def handler():
    try:
        sys.setswitchinterval(0)
    except ValueError as e:
        print("ValueError:", e)

def handlers(f):
    try:
        f()
    except (TypeError, KeyError):
        print("a")
    except ValueError:
        print("b")
    except:
        print("c")
    else:
        print("d")

def with_finally(f):
    try:
        return f()
    finally:
        print("cleanup")

def full(f):
    try:
        x = f()
    except Exception as e:
        x = None
        raise RuntimeError("bad") from e
    else:
        x += 1
    finally:
        print("finally")
    return x

def raises(x):
    if x:
        raise
    raise ValueError(x)

def asserts(x):
    assert x
    assert x > 0, "x must be positive"

def loop_try(items):
    for i in items:
        try:
            if i:
                continue
            break
        finally:
            print(i)
