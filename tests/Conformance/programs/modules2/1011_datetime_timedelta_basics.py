# timedelta: constructor normalization (ints and floats, rounding half to even), attributes, repr, str,
# min/max/resolution, total_seconds and the constructor's errors.
from datetime import timedelta


def show(td):
    print(repr(td), "|", str(td), "|", td.days, td.seconds, td.microseconds)


def attempt(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


show(timedelta())
show(timedelta(0))
show(timedelta(1))
show(timedelta(days=1, seconds=3600))
show(timedelta(hours=25))
show(timedelta(seconds=-1))
show(timedelta(microseconds=-1))
show(timedelta(days=-1, seconds=86399))
show(timedelta(weeks=2, days=3, hours=4, minutes=5, seconds=6, milliseconds=7, microseconds=8))
show(timedelta(minutes=-90))
show(timedelta(days=-3))
show(timedelta(days=2, microseconds=5))
show(timedelta(seconds=86400 * 3 + 1))
show(timedelta(milliseconds=1500))
show(timedelta(hours=-1, minutes=30))
show(timedelta(True, False, True))

# floats: the fractional parts gathered and rounded half to even
for kwargs in [dict(days=0.5), dict(seconds=1.5), dict(microseconds=0.5), dict(microseconds=1.5),
               dict(microseconds=2.5), dict(microseconds=-0.5), dict(microseconds=-1.5),
               dict(seconds=0.1234565), dict(seconds=0.1234575), dict(hours=1.1), dict(days=1.0 / 3),
               dict(weeks=0.1), dict(minutes=-0.25), dict(milliseconds=0.0005), dict(milliseconds=0.0015),
               dict(days=-1.5, seconds=0.5), dict(seconds=1e-7), dict(days=1e-10, hours=1e-8),
               dict(microseconds=999999.5), dict(seconds=2.5, microseconds=0.5), dict(days=365.2425)]:
    print(kwargs, repr(timedelta(**kwargs)))

print(timedelta.min, repr(timedelta.min))
print(timedelta.max, repr(timedelta.max))
print(timedelta.resolution, repr(timedelta.resolution))
print(timedelta(days=999999999) == timedelta.max - timedelta(seconds=86399, microseconds=999999))

for td in [timedelta(days=1), timedelta(seconds=1.5), timedelta(microseconds=-1), timedelta.max, timedelta.min,
           timedelta(hours=-36, microseconds=7)]:
    print(repr(td), td.total_seconds())

# str of various shapes
for td in [timedelta(days=1), timedelta(days=2), timedelta(days=-1), timedelta(days=-2), timedelta(hours=10),
           timedelta(days=-1, hours=23, minutes=59, seconds=59), timedelta(microseconds=10),
           timedelta(days=100, seconds=1, microseconds=123456)]:
    print(str(td), "/", f"{td}", "/", "%s" % td)

# errors
attempt("days too big", lambda: timedelta(days=1000000000))
attempt("days too small", lambda: timedelta(days=-1000000000))
attempt("max + 1us", lambda: timedelta(days=999999999, hours=24))
attempt("weeks huge", lambda: timedelta(weeks=10 ** 10))
attempt("huge int", lambda: timedelta(days=10 ** 20))
attempt("str days", lambda: timedelta("1"))
attempt("str seconds", lambda: timedelta(seconds="1"))
attempt("None hours", lambda: timedelta(hours=None))
attempt("list weeks", lambda: timedelta(weeks=[]))
attempt("inf", lambda: timedelta(days=float("inf")))
attempt("nan", lambda: timedelta(seconds=float("nan")))
attempt("too many", lambda: timedelta(1, 2, 3, 4, 5, 6, 7, 8))
attempt("bad keyword", lambda: timedelta(years=1))
attempt("both", lambda: timedelta(1, days=2))
attempt("float overflow", lambda: timedelta(days=1e9))

# attributes are read-only properties; equality across constructions
print(timedelta(hours=24) == timedelta(days=1), timedelta(minutes=1) == timedelta(seconds=60))
print(timedelta(seconds=1) != timedelta(milliseconds=1000), bool(timedelta(0)), bool(timedelta(microseconds=1)))
print(type(timedelta(1)).__name__, timedelta.__name__, isinstance(timedelta(1), timedelta))


class Span(timedelta):
    def describe(self):
        return "span of %s" % self


s = Span(hours=2)
print(repr(s), s.describe(), type(s).__name__, isinstance(s, timedelta))
print(repr(s + timedelta(1)), type(s + timedelta(1)).__name__)
