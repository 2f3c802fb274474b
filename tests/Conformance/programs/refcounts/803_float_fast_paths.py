# Float arithmetic and comparison: exact floats, ints mixed in, bools, big ints, subclasses.
import sys


class Meters(float):
    def __add__(self, other):
        return "Meters.__add__(%r, %r)" % (float(self), other)

    def __lt__(self, other):
        return "Meters.__lt__"


def show(label, value):
    print(label, repr(value), type(value).__name__)


a = 1.5
b = 0.25
show("add", a + b)
show("sub", a - b)
show("mul", a * b)
show("div", a / b)
show("floordiv", a // b)
show("mod", -a % b)
show("pow", a ** 2)
show("pow float exp", 2.0 ** -1.5)
show("int + float", 3 + a)
show("float + int", a + 3)
show("float * int", a * -4)
show("int / float", 7 / 2.0)
show("float // int", -7.5 // 2)
show("int % float", 7 % -2.5)
show("bool + float", True + a)
show("float * bool", a * False)
big = 2 ** 70
show("big + float", big + 0.5)
show("float - big", 0.5 - big)
show("huge int", (2 ** 63 - 1) * 1.0)
show("neg zero", -0.0 * 5)
show("inplace", a.__class__(a))
x = 0.1
x += 0.2
show("x", x)
x *= 3
show("x", x)
x -= 1
show("x", x)
x /= 7
show("x", x)

for op, f in [("/", lambda: a / 0.0), ("//", lambda: a // 0.0), ("%", lambda: a % 0), ("int/0.0", lambda: 1 / 0.0)]:
    try:
        f()
    except ZeroDivisionError as e:
        print(op, "ZeroDivisionError:", e)

try:
    a @ b
except TypeError as e:
    print("matmul:", e)

nan = float("nan")
inf = float("inf")
print("nan cmp", nan < 1.0, nan > 1.0, nan == nan, nan != nan, nan <= nan, nan >= 0.0)
print("inf cmp", inf > 1e308, -inf < -1e308, inf == inf)
print("float cmp", 1.5 < 2.5, 2.5 <= 2.5, 3.5 > 3.25, 0.0 == -0.0, 1.0 != 1.0)
# An int compared with a float is compared exactly, without rounding the int.
print("exact", 2 ** 53 + 1 > float(2 ** 53), 2 ** 53 + 1 == float(2 ** 53 + 1), 9007199254740993 < 9007199254740992.0)
print("mixed", 3 < 3.5, 3.0 == 3, 4 >= 4.0, True == 1.0)

m = Meters(2.0)
print(m + 1.0)
print(1.0 + m)
print(m < 3.0)
print(m * 2.0, type(m * 2.0).__name__)

total = 0.0
for i in range(1, 20):
    total += 1.0 / i
    if i % 5 == 0:
        print("partial", i, total)
print("harmonic", total)

pairs = [(1.0, 2), (2.5, 0.5), (-1.25, 4.0)]
print([p[0] * p[1] for p in pairs], sorted(p[0] - p[1] for p in pairs))
f = 1.25
print("refcount of a float local", sys.getrefcount(f) >= 2)
