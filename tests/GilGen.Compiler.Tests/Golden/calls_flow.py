def loop_finally(items):
    for x in items:
        try:
            if x == 1:
                continue
            if x == 2:
                break
            if x == 3:
                return x
        finally:
            print("f", x)
    else:
        print("done")
    return None

def while_else(n):
    while n > 0:
        n -= 1
        if n == 5:
            break
    else:
        return "no break"
    return "break"

def handlers(f):
    try:
        r = f()
    except (ValueError, TypeError) as e:
        return "bad", e
    except KeyError:
        return "key"
    else:
        return "ok", r
    finally:
        print("cleanup")

def multi_with(a, b, c):
    with a as x, b as y, c:
        return x, y

def chained(a, b, c):
    return a < b < c, a == b != c, 0 <= a < 10 <= c

def ternary(x):
    return "pos" if x > 0 else "zero" if x == 0 else "neg"

def deletes(obj, d, l):
    del obj.attr
    del d["k"], l[0]
    del l[1:3], l[::2]
    x = 1
    del x

def slices(l, v):
    l[1:3] = v
    l[::2] = v
    l[:] = []
    return l[1:2, ...] if False else l[::-1]

def asserts(x):
    assert x, "x must be true"
    assert x > 0, f"x={x!r:>4}"
    return x in frozenset({1, 2, 3}), x not in {4, 5}

def fstrings(v, w, p):
    return f"{v!r} {v!s} {v!a} {w:>{p}} {w:{p}.{p}f} {'{'}{v}{'}'} {f'{v:>3}'}"

def comps(m):
    s = {i % 3 for i in m}
    d = {k: v for k, v in m.items() if v}
    nested = [[i * j for j in range(i)] for i in range(4)]
    flat = [x for row in nested for x in row if x]
    return s, d, nested, flat, b"bytes", b"\x00\xff"
