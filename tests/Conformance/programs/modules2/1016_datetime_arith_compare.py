# datetime arithmetic and comparisons: + and - with timedelta, datetime - datetime (naive, same tzinfo, different
# offsets), naive vs aware TypeErrors, date vs datetime, ordering, hashing across zones, overflow, subclasses.
from datetime import datetime, date, time, timedelta, timezone


def attempt(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


a = datetime(2024, 2, 28, 23, 30)
print(repr(a + timedelta(hours=1)), repr(a + timedelta(days=1, hours=1)), repr(timedelta(minutes=45) + a))
print(repr(a - timedelta(days=59)), repr(a - timedelta(microseconds=1)), repr(a + timedelta(days=-1, seconds=1)))
print(repr(a - datetime(2024, 1, 1)), repr(datetime(2024, 1, 1) - a), repr(a - a))
print(repr(datetime(2024, 3, 1) - datetime(2024, 2, 28, 23, 59, 59, 999999)))
b = a
b += timedelta(weeks=1)
b -= timedelta(seconds=30)
print(repr(b))

utc = timezone.utc
tokyo = timezone(timedelta(hours=9), "JST")
ny = timezone(timedelta(hours=-5), "EST")
x = datetime(2024, 6, 1, 12, 0, tzinfo=utc)
y = datetime(2024, 6, 1, 21, 0, tzinfo=tokyo)
z = datetime(2024, 6, 1, 7, 0, tzinfo=ny)
print(x == y, y == z, x == z, x != y, x < y, x <= y, y > z, y >= z)
print(repr(x - y), repr(y - z), repr(datetime(2024, 6, 2, tzinfo=tokyo) - x), repr(x - datetime(2024, 6, 1, tzinfo=ny)))
print(hash(x) == hash(y), hash(y) == hash(z), len({x, y, z}), {x: "noon"}[z])
print(repr(x + timedelta(hours=1)), repr(y - timedelta(days=1)))
same = timezone(timedelta(hours=9), "JST")
print(datetime(2024, 1, 1, tzinfo=tokyo) == datetime(2024, 1, 1, tzinfo=same), tokyo == same, tokyo is same)
print(sorted([y, datetime(2024, 6, 1, 11, 59, tzinfo=utc), datetime(2024, 6, 1, 8, tzinfo=ny)]))

naive = datetime(2024, 6, 1, 12)
print(naive == x, naive != x)
attempt("naive < aware", lambda: naive < x)
attempt("aware >= naive", lambda: x >= naive)
attempt("naive - aware", lambda: naive - x)
attempt("aware - naive", lambda: x - naive)
attempt("dt + dt", lambda: a + a)
attempt("dt + int", lambda: a + 1)
attempt("int - dt", lambda: 1 - a)
attempt("dt - date", lambda: a - date(2024, 1, 1))
attempt("date - dt", lambda: date(2024, 1, 1) - a)
attempt("dt + date", lambda: a + date(2024, 1, 1))
attempt("dt * 2", lambda: a * 2)
attempt("max + 1us", lambda: datetime.max + timedelta(microseconds=1))
attempt("min - 1us", lambda: datetime.min - timedelta(microseconds=1))
attempt("max - min", lambda: datetime.max - datetime.min)
attempt("aware max + 1us", lambda: datetime.max.replace(tzinfo=utc) + timedelta(microseconds=1))

# date vs datetime
d = date(2024, 6, 1)
print(d == naive, naive == d, d != naive, naive != d, d == naive.date())
attempt("date < datetime", lambda: d < naive)
attempt("datetime < date", lambda: naive < d)
attempt("date >= datetime", lambda: d >= naive)
attempt("datetime > date", lambda: naive > d)
attempt("datetime < int", lambda: naive < 1)
attempt("datetime < time", lambda: naive < time(1))
attempt("str > datetime", lambda: "x" > naive)
print(naive == "2024", naive != None, naive == time(12))

# ordering of naive values and sorting
vals = [datetime(2024, 1, 1, 0, 0, 0, 1), datetime(2023, 12, 31, 23, 59, 59), datetime(2024, 1, 1), datetime(2024, 1, 1, fold=1)]
print(sorted(vals))
print([v < vals[0] for v in vals], [v == vals[2] for v in vals], max(vals), min(vals))
print(datetime(2024, 1, 1) == datetime(2024, 1, 1, fold=1), hash(datetime(2024, 1, 1)) == hash(datetime(2024, 1, 1, fold=1)))
print(hash(naive) == hash(datetime(2024, 6, 1, 12, 0, 0, 0)), len({naive, datetime(2024, 6, 1, 12), d}))

# timedelta summary of a timetable
start = datetime(2024, 3, 30, 22, 15, tzinfo=utc)
stops = [start + timedelta(minutes=37 * k) for k in range(6)]
for s1, s2 in zip(stops, stops[1:]):
    print(s1.strftime("%a %H:%M"), "->", s2.strftime("%a %H:%M"), str(s2 - s1), (s2 - s1).total_seconds())
print("total", stops[-1] - stops[0], (stops[-1] - stops[0]) / timedelta(minutes=1), (stops[-1] - stops[0]) // 4)


class Stamp(datetime):
    def label(self):
        return "stamp " + self.isoformat()


s = Stamp(2024, 1, 1, 12)
print(repr(s), s.label(), type(s + timedelta(1)).__name__, repr(s - timedelta(hours=1)), repr(s - datetime(2024, 1, 1)))
print(type(s.replace(hour=1)).__name__, type(Stamp.fromtimestamp(0, utc)).__name__, repr(Stamp.combine(d, time(5))))
print(type(s.astimezone(tokyo)).__name__, repr(s.replace(tzinfo=utc).astimezone(tokyo)), s == datetime(2024, 1, 1, 12))
