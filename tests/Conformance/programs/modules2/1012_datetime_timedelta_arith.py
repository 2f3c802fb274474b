# timedelta arithmetic (+, -, * by int and float, /, //, %, divmod, abs, unary), comparisons, hashing and
# the TypeErrors and OverflowErrors of invalid operations.
from datetime import timedelta


def attempt(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


a = timedelta(days=1, hours=2, minutes=3, seconds=4, microseconds=5)
b = timedelta(hours=5, microseconds=999999)
print(repr(a + b), repr(a - b), repr(b - a))
print(repr(-a), repr(+a), repr(abs(-a)), repr(abs(a)), repr(-timedelta(microseconds=1)))
print(repr(a * 3), repr(3 * a), repr(a * -1), repr(a * 0), repr(a * True))
print(repr(a * 0.5), repr(0.5 * a), repr(a * 1.1), repr(timedelta(microseconds=1) * 0.5),
      repr(timedelta(microseconds=3) * 0.5), repr(timedelta(microseconds=-3) * 0.5))
print(repr(a / 2), repr(a / 3), repr(a / 7), repr(timedelta(microseconds=5) / 2), repr(timedelta(microseconds=7) / 2),
      repr(timedelta(microseconds=-5) / 2))
print(repr(a / 2.5), repr(a / 0.1), repr(timedelta(seconds=1) / 3.0))
print(a / b, b / a, timedelta(hours=1) / timedelta(minutes=1), timedelta(0) / timedelta(1))
print(a // b, b // a, repr(a // 3), repr(a // -7), timedelta(days=-1) // timedelta(hours=5))
print(repr(a % b), repr(timedelta(hours=-1) % timedelta(minutes=7)), repr(a % timedelta(days=-1)))
q, r = divmod(a, b)
print(q, repr(r))
q, r = divmod(timedelta(hours=-10), timedelta(hours=3))
print(q, repr(r))

x = timedelta(minutes=5)
x += timedelta(seconds=30)
print(repr(x))
x -= timedelta(minutes=10)
print(repr(x))
x *= 2
print(repr(x))
x //= 3
print(repr(x))
x /= 2
print(repr(x))

# comparisons
vals = [timedelta(0), timedelta(microseconds=1), timedelta(days=-1), timedelta(hours=23), timedelta(days=1),
        timedelta.max, timedelta.min]
for p in vals:
    print(repr(p), [p < q for q in vals], [p == q for q in vals], [p >= q for q in vals])
print(sorted(vals))
print(max(vals), min(vals))
print(timedelta(1) == 1, timedelta(1) != "x", timedelta(0) == 0, timedelta(0) == None)

# hashing: equal values hash alike, usable as dict keys and in sets
print(hash(timedelta(days=1)) == hash(timedelta(hours=24)), hash(timedelta(0)) == hash(timedelta()))
d = {timedelta(minutes=1): "minute", timedelta(hours=1): "hour"}
print(d[timedelta(seconds=60)], d[timedelta(minutes=60)], len({timedelta(1), timedelta(hours=24), timedelta(2)}))
print(hash(timedelta(days=1, seconds=2, microseconds=3)) == hash((1, 2, 3)))

# errors
attempt("td + int", lambda: a + 1)
attempt("int + td", lambda: 1 + a)
attempt("td - str", lambda: a - "x")
attempt("float - td", lambda: 1.5 - a)
attempt("td * td", lambda: a * a)
attempt("td * str", lambda: a * "x")
attempt("td / 0", lambda: a / 0)
attempt("td / 0.0", lambda: a / 0.0)
attempt("td / td0", lambda: a / timedelta(0))
attempt("td // 0", lambda: a // 0)
attempt("td // td0", lambda: a // timedelta(0))
attempt("td % td0", lambda: a % timedelta(0))
attempt("td // 1.5", lambda: a // 1.5)
attempt("td % 2", lambda: a % 2)
attempt("2 / td", lambda: 2 / a)
attempt("divmod(td, 2)", lambda: divmod(a, 2))
attempt("td < int", lambda: a < 1)
attempt("td >= None", lambda: a >= None)
attempt("int > td", lambda: 1 > a)
attempt("max + 1us", lambda: timedelta.max + timedelta.resolution)
attempt("min - 1us", lambda: timedelta.min - timedelta.resolution)
attempt("-min", lambda: -timedelta.min)
attempt("abs(min)", lambda: abs(timedelta.min))
attempt("max * 2", lambda: timedelta.max * 2)
attempt("td * inf", lambda: a * float("inf"))
attempt("td * nan", lambda: a * float("nan"))
attempt("td / nan", lambda: a / float("nan"))
attempt("td += int", lambda: exec_iadd())


def exec_iadd():
    y = timedelta(1)
    y += 5
    return y


# a user class that knows how to work with timedelta through reflected methods
class Ticks:
    def __init__(self, n):
        self.n = n

    def __radd__(self, other):
        return "Ticks.__radd__(%r)" % (other,)

    def __rmul__(self, other):
        return "Ticks.__rmul__(%r)" % (other,)

    def __lt__(self, other):
        return "Ticks.__lt__"

    def __gt__(self, other):
        return "Ticks.__gt__"


print(a + Ticks(1))
print(a * Ticks(2))
print(a < Ticks(3), a > Ticks(3))
