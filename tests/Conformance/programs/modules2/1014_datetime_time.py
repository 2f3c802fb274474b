# datetime.time: construction and errors, attributes, repr, str, isoformat(timespec=), strftime, format,
# replace, comparisons (naive and aware), hashing, utcoffset/tzname/dst, fold, min/max/resolution.
from datetime import time, timedelta, timezone, tzinfo


def attempt(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


for t in (time(), time(0), time(12), time(12, 30), time(12, 30, 15), time(12, 30, 15, 500),
          time(12, 30, 0, 1), time(23, 59, 59, 999999), time(1, 2, 3, 4, fold=1),
          time(6, tzinfo=timezone.utc), time(6, 7, 8, 9, timezone(timedelta(hours=-3, minutes=-30)), fold=1),
          time(hour=9, second=5), time(microsecond=7)):
    print(repr(t), "|", t, "|", t.hour, t.minute, t.second, t.microsecond, t.tzinfo, t.fold)
print(time.min, time.max, repr(time.resolution), repr(time.min), repr(time.max))

attempt("hour 24", lambda: time(24))
attempt("minute 60", lambda: time(1, 60))
attempt("second 60", lambda: time(1, 1, 60))
attempt("us 1e6", lambda: time(1, 1, 1, 1000000))
attempt("negative hour", lambda: time(-1))
attempt("fold 2", lambda: time(1, fold=2))
attempt("fold -1", lambda: time(1, fold=-1))
attempt("tzinfo int", lambda: time(1, tzinfo=1))
attempt("tzinfo str", lambda: time(1, 2, 3, 4, "UTC"))
attempt("float hour", lambda: time(1.5))
attempt("str minute", lambda: time(1, "2"))
attempt("too many", lambda: time(1, 2, 3, 4, None, 0))
attempt("bad keyword", lambda: time(1, days=2))
attempt("fold positional", lambda: time(1, 2, 3, 4, None, 1))

t = time(14, 5, 9, 123456, tzinfo=timezone(timedelta(hours=5, minutes=30)))
for spec in ("auto", "hours", "minutes", "seconds", "milliseconds", "microseconds"):
    print(spec, t.isoformat(spec), t.isoformat(timespec=spec), time(1, 2).isoformat(spec),
          time(1, 2, 3, 999).isoformat(spec))
attempt("timespec bad", lambda: t.isoformat("nanoseconds"))
attempt("timespec int", lambda: t.isoformat(5))
attempt("isoformat two args", lambda: t.isoformat("auto", "x"))
print(t.strftime("%H:%M:%S.%f %z %:z %Z %p %I %Y-%m-%d %j %a"), time(0).strftime("%I %p %f"))
print(format(t, ""), format(t, "%H.%M"), f"{time(7, 8):%H-%M-%S}", "{}".format(time(7, 8)))
print(repr(t.utcoffset()), t.tzname(), t.dst(), time(1).utcoffset(), time(1).tzname(), time(1).dst())

# replace
print(repr(t.replace(hour=1)), repr(t.replace(tzinfo=None)), repr(t.replace(fold=1)), repr(t.replace()),
      repr(time(1).replace(2, 3, 4, 5, timezone.utc)))
attempt("replace hour 25", lambda: t.replace(hour=25))
attempt("replace tzinfo 1", lambda: t.replace(tzinfo=1))
attempt("replace fold 3", lambda: t.replace(fold=3))

# comparisons
a, b = time(10, 0), time(10, 0, 0, 1)
print(a < b, a <= b, a == b, a != b, a > b, a >= b, a == time(10), a == "10:00", a != 1)
u1 = time(12, 0, tzinfo=timezone.utc)
u2 = time(13, 0, tzinfo=timezone(timedelta(hours=1)))
u3 = time(11, 0, tzinfo=timezone(timedelta(hours=-1)))
print(u1 == u2, u1 == u3, u2 == u3, u1 < time(12, 0, 1, tzinfo=timezone.utc), u2 > u3, u2 >= u1)
print(a == u1, a != u1)
attempt("naive < aware", lambda: a < u1)
attempt("aware >= naive", lambda: u1 >= a)
attempt("time < int", lambda: a < 1)
attempt("time > str", lambda: a > "x")
print(time(1, fold=0) == time(1, fold=1), hash(time(1, fold=0)) == hash(time(1, fold=1)))
print(hash(a) == hash(time(10)), hash(u1) == hash(u2), len({u1, u2, u3}), len({a, time(10, 0, 0)}))
print(sorted([time(5), time(1, 30), time(23), time(0, 0, 1)]))
print(bool(time(0)), bool(time.min))


class Named(tzinfo):
    def utcoffset(self, dt):
        return timedelta(hours=2)

    def tzname(self, dt):
        return "TWO" if dt is None else "dt"

    def dst(self, dt):
        return timedelta(0)

    def __repr__(self):
        return "Named()"


n = time(3, 4, tzinfo=Named())
print(repr(n), n, n.tzname(), repr(n.dst()), n.strftime("%Z %z"), n == time(1, 4, tzinfo=timezone.utc))


class BadOffset(tzinfo):
    def __init__(self, off):
        self.off = off

    def utcoffset(self, dt):
        return self.off

    def tzname(self, dt):
        return self.off

    def dst(self, dt):
        return self.off


for off in (5, timedelta(hours=24), timedelta(hours=-24), timedelta(hours=23, minutes=59, seconds=59, microseconds=1)):
    tb = time(1, tzinfo=BadOffset(off))
    attempt("utcoffset %r" % (off,), tb.utcoffset)
    attempt("dst %r" % (off,), tb.dst)
    attempt("tzname %r" % (off,), tb.tzname)
    attempt("isoformat %r" % (off,), tb.isoformat)

# fromisoformat
for s in ("12:30", "12:30:45", "12:30:45.123", "12:30:45.123456", "12:30:45,5", "T12:30", "12", "1230",
          "123045", "12:30:45+01:00", "12:30:45Z", "12:30-05:30", "12:30:45.123456789", "12:30:45.1234567+00:00",
          "24:00", "12:60", "12:3", "1:30", "12:30:", "abc", "", "12:30:45.", "12:30+1", "12:30+01:00:30.5"):
    attempt("fromisoformat %r" % s, lambda: time.fromisoformat(s))
attempt("fromisoformat int", lambda: time.fromisoformat(5))


class Clock(time):
    def show(self):
        return "clock " + self.isoformat()


c = Clock(5, 6)
print(repr(c), c.show(), type(c.replace(hour=7)).__name__, repr(c.replace(hour=7)), type(Clock.fromisoformat("01:02")).__name__)
