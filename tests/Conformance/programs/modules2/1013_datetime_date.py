# date: construction and its errors, attributes, ordinals, weekday/isoweekday/isocalendar, isoformat, str, repr,
# ctime, strftime, format, timetuple, replace, arithmetic with timedelta, comparisons, hashing, min/max.
import datetime
from datetime import date, timedelta


def attempt(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


d = date(2024, 2, 29)
print(d, repr(d), d.year, d.month, d.day, str(d), d.isoformat())
print(repr(date(1, 1, 1)), repr(date(9999, 12, 31)), date(1, 1, 1), date(999, 3, 4))
print(date.min, date.max, repr(date.resolution), datetime.MINYEAR, datetime.MAXYEAR)
print(date(year=2020, month=5, day=17), date(2020, day=1, month=12), date(True, True, True))

attempt("year 0", lambda: date(0, 1, 1))
attempt("year 10000", lambda: date(10000, 1, 1))
attempt("month 13", lambda: date(2020, 13, 1))
attempt("month 0", lambda: date(2020, 0, 1))
attempt("day 0", lambda: date(2020, 1, 0))
attempt("feb 30", lambda: date(2020, 2, 30))
attempt("feb 29 1900", lambda: date(1900, 2, 29))
attempt("apr 31", lambda: date(2021, 4, 31))
attempt("float", lambda: date(2020.0, 1, 1))
attempt("str", lambda: date("2020", 1, 1))
attempt("None day", lambda: date(2020, 1, None))
attempt("missing", lambda: date(2020))
attempt("missing day", lambda: date(2020, 1))
attempt("nothing", lambda: date())
attempt("too many", lambda: date(2020, 1, 1, 1))
attempt("bad keyword", lambda: date(2020, 1, 1, hour=1))
attempt("by name and position", lambda: date(2020, 1, 1, year=3))
attempt("huge", lambda: date(10 ** 10, 1, 1))
attempt("negative huge", lambda: date(-10 ** 10, 1, 1))

# leap years and month lengths
for y in (1900, 2000, 2023, 2024, 2100, 2400):
    print(y, [date(y, m, 28) + timedelta(days=k) for m in (2,) for k in (1,)], (date(y, 3, 1) - date(y, 2, 1)).days)

# ordinals
for dd in (date(1, 1, 1), date(1, 12, 31), date(2, 1, 1), date(4, 12, 31), date(100, 3, 1), date(400, 12, 31),
           date(401, 1, 1), date(1970, 1, 1), date(2000, 2, 29), date(2024, 12, 31), date(9999, 12, 31)):
    n = dd.toordinal()
    print(dd, n, date.fromordinal(n) == dd, dd.weekday(), dd.isoweekday())
ok = all(date.fromordinal(n).toordinal() == n for n in range(1, 800000, 997))
print("ordinal round trip", ok)
attempt("fromordinal 0", lambda: date.fromordinal(0))
attempt("fromordinal max+1", lambda: date.fromordinal(3652060))
attempt("fromordinal float", lambda: date.fromordinal(5.0))
print(date.fromordinal(3652059), date.fromordinal(1))

# ISO calendar
for dd in (date(2003, 12, 29), date(2004, 1, 1), date(2004, 12, 31), date(2005, 1, 2), date(2008, 12, 29),
           date(2009, 12, 31), date(2010, 1, 3), date(2020, 12, 31), date(2021, 1, 3), date(1, 1, 1),
           date(9999, 12, 31)):
    ic = dd.isocalendar()
    print(dd, ic, ic.year, ic.week, ic.weekday, tuple(ic), ic[0], len(ic), type(ic).__name__,
          isinstance(ic, tuple), date.fromisocalendar(*ic) == dd)
y, w, wd = date(2024, 7, 4).isocalendar()
print(y, w, wd, date(2024, 7, 4).isocalendar() == (2024, 27, 4))
attempt("iso week 53 of 2021", lambda: date.fromisocalendar(2021, 53, 1))
print(date.fromisocalendar(2020, 53, 7))
attempt("iso week 0", lambda: date.fromisocalendar(2020, 0, 1))
attempt("iso weekday 8", lambda: date.fromisocalendar(2020, 1, 8))
attempt("iso year 0", lambda: date.fromisocalendar(0, 1, 1))

# formatting
d = date(2002, 3, 11)
print(d.ctime(), date(2024, 12, 1).ctime())
print(d.strftime("%Y-%m-%d %A %a %B %b %j %U %W %w %y %%"))
print(d.strftime("%H:%M:%S %f %z|%Z|%:z"), d.strftime(""), d.strftime("%x %c"))
print(date(5, 1, 1).strftime("%Y|%G|%C"), date(999, 1, 1).strftime("%Y"))
print(format(d, ""), format(d, "%d/%m/%Y"), f"{d:%A %d %B %Y}", "{:%j}".format(d), f"{d}")
attempt("strftime int", lambda: d.strftime(1))
attempt("format int", lambda: d.__format__(1))
tt = d.timetuple()
print(tt, tuple(tt), tt.tm_yday, tt.tm_wday, tt.tm_isdst)

# replace
print(d.replace(year=2020), d.replace(month=1, day=31), d.replace(), d.replace(2000), d.replace(2000, 2, 29))
attempt("replace day 31", lambda: d.replace(month=2, day=31))
attempt("replace bad keyword", lambda: d.replace(hour=1))
attempt("replace year 0", lambda: d.replace(year=0))

# arithmetic
print(d + timedelta(days=1), d - timedelta(days=1), timedelta(days=365) + d, d + timedelta(hours=47),
      d - timedelta(seconds=1), d + timedelta(seconds=-1))
print(repr(d - date(2002, 1, 1)), repr(date(2002, 1, 1) - d), repr(d - d))
e = date(2020, 1, 1)
e += timedelta(weeks=1)
print(e)
e -= timedelta(days=10)
print(e)
attempt("date + int", lambda: d + 1)
attempt("int + date", lambda: 1 + d)
attempt("date + date", lambda: d + d)
attempt("date - int", lambda: d - 1)
attempt("td - date", lambda: timedelta(1) - d)
attempt("max + 1 day", lambda: date.max + timedelta(1))
attempt("min - 1 day", lambda: date.min - timedelta(1))
attempt("date * 2", lambda: d * 2)

# comparisons and hashing
a, b = date(2020, 1, 1), date(2020, 1, 2)
print(a < b, a <= b, a > b, a >= b, a == b, a != b, a == date(2020, 1, 1), a == "2020-01-01", a != 5)
print(sorted([date(2021, 5, 1), date(2020, 12, 31), date(2021, 1, 1)]), max(a, b), min(a, b))
attempt("date < int", lambda: a < 5)
attempt("date >= str", lambda: a >= "x")
attempt("None < date", lambda: None < a)
print(hash(a) == hash(date(2020, 1, 1)), len({a, b, date(2020, 1, 1)}), {a: 1}[date(2020, 1, 1)])
attempt("attribute", lambda: a.hour)
attempt("iterate", lambda: list(a))
attempt("subscript", lambda: a[0])
attempt("call", lambda: a())


# subclassing
class Day(date):
    def __new__(cls, y, m, d, label="?"):
        self = super().__new__(cls, y, m, d)
        self.label = label
        return self

    def describe(self):
        return "%s (%s)" % (self.isoformat(), self.label)


x = Day(2024, 1, 1, "new year")
print(repr(x), x.describe(), type(x + timedelta(1)).__name__, (x + timedelta(1)).label, repr(x.replace(day=5)))
print(type(Day.fromordinal(5)).__name__, Day.fromordinal(5), isinstance(x, date), x == date(2024, 1, 1))
print(type(Day.fromisoformat("2020-02-02")).__name__, repr(Day.fromisocalendar(2020, 1, 1)))
print(date.today() - date.today() <= timedelta(1), type(date.today()).__name__, type(Day.today()).__name__)
