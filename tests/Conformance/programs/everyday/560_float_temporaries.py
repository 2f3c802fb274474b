# Float arithmetic whose operands are temporaries: the result of one operation feeding the next.
# Every value that a name, a container or a caller still holds must keep its own value, whatever
# the operations after it compute; errors leave the operands as they were.
import sys


def chain(x, y):
    a = x * y
    b = a + 1.0          # a is held by a name: unchanged
    c = (x * y) * 2.0 + (x - y) / 4.0
    return a, b, c


print(chain(1.5, 2.25))
print(chain(-0.0, 3.0))

held = []
x = 0.1
for i in range(5):
    t = x * i
    held.append(t)
    held.append(t + 0.5)
    x = x + 0.1
print(held)

items = [2.5 * 3.0, 1.0 / 3.0]
print(items[0] + 1.0, items[1] * 3.0, items)
pair = (0.5 * 0.5,)
print(pair[0] - 1.0, pair)
d = {0.5 * 4.0: "two"}
print(d[1.0 + 1.0], d)


def callee(p):
    p = p * 2.0 + 1.0
    return p


v = 3.0
print(callee(v * v), v, callee(v) + callee(v + 1.0))

# In-place operators on a float held by a name and by a list.
acc = 0.0
alias = acc
for k in range(1, 6):
    acc += k * 0.5
    acc -= 0.125
print(acc, alias)
row = [1.0, 2.0]
before = row[0]
row[0] *= 3.0
row[1] /= 4.0
print(row, before)

# Mixed with ints, bools and a float subclass (never reused: its type is visible).
class Meters(float):
    def __add__(self, other):
        return Meters(float(self) + float(other) + 1000.0)


m = Meters(1.5)
print((m + 2.0) * 1.0, type(m + 2.0).__name__, 2 * (0.25 + 1), True + 0.5 * 2, (1 << 60) * 1.0 + 0.5)
print(1.0 + 2 ** 70, (0.1 + 0.2) * 3, (1e308 * 10) - 1.0, -(0.5 * 2.0), 0.0 * -1.0)
nan = float("nan") * 1.0
print(nan != nan, nan + 1.0, (nan * 0.0) == 0.0)

# Errors: the operands stay what they were, the messages are CPython's.
base = 2.0
cases = [
    ("(base * 3.0) / (base - 2.0)", lambda: (base * 3.0) / (base - 2.0)),
    ("(base + 1.0) // (base * 0.0)", lambda: (base + 1.0) // (base * 0.0)),
    ("(base * 1.5) % (base - base)", lambda: (base * 1.5) % (base - base)),
    ("(base - 2.0) ** -1.0", lambda: (base - 2.0) ** -1.0),
    ("(base * 1e200) ** 2.0", lambda: (base * 1e200) ** 2.0),
    ("(base * 0.5) ** (base * 1e300)", lambda: (base * 0.5) ** (base * 1e300)),
    ("(base + 0.5) << 1", lambda: (base + 0.5) << 1),
]
for text, compute in cases:
    try:
        print(text, compute())
    except (ZeroDivisionError, OverflowError, TypeError) as e:
        print(text, type(e).__name__, e)
print(base)

# Reference counts of results, and identity of values a name holds.
r = (base * 3.0) + 1.0
print(sys.getrefcount(r), r)
s = r
print(s is r, (r * 1.0) is r, r == s)
fl = [base * k for k in range(4)]
print(fl, sum(f * 2.0 for f in fl), [f + 0.5 for f in fl], fl)


def gen(n):
    total = 0.0
    for i in range(n):
        total = total * 0.5 + i * 1.5
        yield total


g = list(gen(6))
print(g, [q * 2.0 - 1.0 for q in g], g)

# Floats have no shift or bitwise operators, whatever the other operand.
for label, compute in (("1 << 1.5", lambda: 1 << base), ("f & 1", lambda: base & 1), ("f | True", lambda: base | True),
                       ("big ^ f", lambda: 2 ** 70 ^ base), ("f >> 2", lambda: (base * 1.0) >> 2), ("f @ f", lambda: base @ base)):
    try:
        print(label, compute())
    except TypeError as e:
        print(label, e)
try:
    shifted = base * 2.0
    shifted >>= 2
except TypeError as e:
    print("f >>= 2", e, shifted)
