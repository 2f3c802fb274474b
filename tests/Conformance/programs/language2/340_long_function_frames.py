# Functions long enough that GilGen splits their frame (an entry method with the frame's try and a body
# method without one): tracebacks keep every frame's line, finally blocks of callers still run, locals
# are released when the frame returns, closures over arguments and recursion limits behave as before.
# (Only a frame that returns holds a Tracked: CPython keeps a raising frame's locals alive with the
# traceback, which GilGen does not.)
import sys


class Tracked:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("released", self.name)


def lines_of(exc):
    tb = exc.__traceback__
    out = []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


def long_leaf(a, b, fail_at):
    total = 0
    for i in range(4):
        total += a * i
        total -= b
    x = total * 2
    y = x + a
    z = y - b
    if fail_at == 1:
        raise ValueError("first")
    w = [x, y, z]
    v = {"x": x, "y": y}
    u = (w, v)
    t = len(w) + len(v)
    if fail_at == 2:
        return w[10]
    s = str(t) + str(total)
    r = s + s
    q = r.upper()
    p = q.lower()
    if fail_at == 3:
        return {}["missing"]
    return (x, y, z, t, p, u)


def long_middle(n, fail_at):
    results = []
    keep = Tracked("middle local") if fail_at == 0 else None
    for k in range(n):
        results.append(k * k)
        results.append(k + k)
    a = sum(results)
    b = max(results)
    c = min(results)
    d = a - b + c
    e = d * 2
    f = e // 3
    g = f % 5
    h = [a, b, c, d, e, f, g]
    got = long_leaf(a, b, fail_at)
    return h, got


def with_closure(a, b):
    def add():
        return a + b
    c = a * b
    d = c + a
    e = d - b
    f = e * 2
    g = f + 1
    h = g * g
    i = h - f
    j = i + e
    k = j - d
    l = k + c
    m = [a, b, c, d, e, f, g, h, i, j, k, l]
    a = a + 100
    return add(), sum(m), len(m)


def finally_in_caller(fail_at):
    try:
        return long_middle(3, fail_at)
    finally:
        print("finally in caller, fail_at", fail_at)


print(long_middle(3, 0))
for fail_at in (1, 2, 3):
    try:
        finally_in_caller(fail_at)
    except Exception as exc:
        print(type(exc).__name__, exc, lines_of(exc))
print(with_closure(3, 4))


def long_recursive(n):
    a = n + 1
    b = a + 1
    c = b + 1
    d = c + 1
    e = d + 1
    f = e + 1
    g = f + 1
    h = g + 1
    i = h + 1
    j = i + 1
    k = [a, b, c, d, e, f, g, h, i, j]
    m = k[0] + k[1] + k[2]
    o = k[3] * k[4] - k[5]
    p = m + o
    return long_recursive(n + 1) + sum(k) + p


try:
    long_recursive(0)
except RecursionError as exc:
    frames = lines_of(exc)
    print("RecursionError", exc, len(frames) > 100, frames[0], frames[1], frames[-1])
print("limit", sys.getrecursionlimit())
