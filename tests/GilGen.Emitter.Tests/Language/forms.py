def f(*a, **k):
    return a, sorted(k.items())
t = (1, 2)
print(f(0, *t), f(*t, *t, k=1, **{'z': 2}), f(*[3], x=1))
a, *b = [1, 2, 3]
*c, d = "xyz"
e, *g, h = range(5)
print(a, b, c, d, e, g, h)
print(3 in {1, 2, 3}, "q" not in {"a", "b"}, b"\x00ab\xff", "é".encode(), b"\xc3\xa9".decode())
def lookup(d, key):
    try:
        return key, d[key]
    except KeyError as err:
        return key, f"missing {err}"
print(lookup({}, "k"), lookup({"k": 1}, "k"))
def deco(tag):
    def apply(fn):
        return lambda *args: f"{tag}({fn(*args)})"
    return apply
@deco("a")
@deco("b")
def g2(x: int) -> int:
    return x + 1
x: int = 5
print(g2(1), __annotations__, g2.__annotations__)
def eval(s):
    return "own " + s
print(eval("eval"), (n := 10) * 2, n)
import sys
sys.setrecursionlimit(1000000)
def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)
try:
    deep(10000000)
except RecursionError as err:
    print("RecursionError:", err)
sys.setrecursionlimit(1000)
def runaway(n):
    return runaway(n + 1)
try:
    runaway(0)
except RecursionError as err:
    print("RecursionError:", err)
