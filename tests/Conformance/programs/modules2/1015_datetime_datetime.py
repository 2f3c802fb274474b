# datetime.datetime: construction and errors, repr/str, isoformat(sep, timespec), strftime with %f/%z/%Z,
# format, replace, date()/time()/timetz(), timetuple/utctimetuple, ctime, weekday/isocalendar, combine,
# fromtimestamp/utcfromtimestamp with fixed timestamps, timestamp() of aware values, min/max.
from datetime import datetime, date, time, timedelta, timezone


def attempt(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


plus2 = timezone(timedelta(hours=2))
minus530 = timezone(timedelta(hours=-5, minutes=-30), "IST-ish")
for dt in (datetime(2024, 1, 2), datetime(2024, 1, 2, 3), datetime(2024, 1, 2, 3, 4), datetime(2024, 1, 2, 3, 4, 5),
           datetime(2024, 1, 2, 3, 4, 5, 6), datetime(2024, 1, 2, 0, 0, 0, 6), datetime(2024, 1, 2, 3, 4, 5, 6, timezone.utc),
           datetime(2024, 1, 2, tzinfo=plus2), datetime(2024, 1, 2, 3, 4, tzinfo=minus530, fold=1),
           datetime(1, 1, 1), datetime(9999, 12, 31, 23, 59, 59, 999999), datetime(2000, 1, 1, fold=1)):
    print(repr(dt), "|", dt, "|", dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second, dt.microsecond,
          dt.tzinfo, dt.fold)
print(datetime.min, datetime.max, repr(datetime.resolution), repr(datetime.min), repr(datetime.max))

attempt("month 13", lambda: datetime(2020, 13, 1))
attempt("day 32", lambda: datetime(2020, 1, 32))
attempt("hour 24", lambda: datetime(2020, 1, 1, 24))
attempt("minute -1", lambda: datetime(2020, 1, 1, 1, -1))
attempt("second 61", lambda: datetime(2020, 1, 1, 1, 1, 61))
attempt("us", lambda: datetime(2020, 1, 1, 1, 1, 1, -1))
attempt("fold", lambda: datetime(2020, 1, 1, fold=5))
attempt("tzinfo", lambda: datetime(2020, 1, 1, tzinfo="UTC"))
attempt("missing day", lambda: datetime(2020, 1))
attempt("too many", lambda: datetime(2020, 1, 1, 1, 1, 1, 1, None, 0))
attempt("bad keyword", lambda: datetime(2020, 1, 1, minutes=5))
attempt("float", lambda: datetime(2020, 1, 1, 1.0))
attempt("year 0", lambda: datetime(0, 1, 1))

dt = datetime(2009, 7, 3, 14, 25, 36, 123456, tzinfo=plus2)
for spec in ("auto", "hours", "minutes", "seconds", "milliseconds", "microseconds"):
    print(spec, dt.isoformat(timespec=spec), dt.replace(microsecond=0, tzinfo=None).isoformat(" ", spec))
print(dt.isoformat(), dt.isoformat(" "), dt.isoformat(sep="_"), dt.isoformat("\u00e9"), str(dt))
attempt("sep two chars", lambda: dt.isoformat("TT"))
attempt("sep int", lambda: dt.isoformat(1))
attempt("timespec bad", lambda: dt.isoformat(timespec="days"))
print(dt.strftime("%Y-%m-%d %H:%M:%S.%f %z %:z %Z %a %A %b %B %j %p %I %U %W %c %x %X %%f %%z"))
print(datetime(2020, 1, 1, tzinfo=timezone(timedelta(hours=-1, seconds=-30))).strftime("%z %:z %Z"))
print(datetime(2020, 1, 1, tzinfo=timezone(timedelta(microseconds=-1))).strftime("%z|%:z|%Z"))
print(datetime(2020, 1, 1, tzinfo=timezone(timedelta(hours=3), "A%B")).strftime("%Z|%z"))
print(datetime(2020, 1, 1, 5, 6, 7, 89).strftime("%f|%z|%Z|%:z|%"), datetime(2020, 1, 1).strftime("%%%f%%"))
print(format(dt, ""), format(dt, "%H:%M"), f"{dt:%Y/%m/%d %f}", "{0:%B}".format(dt), f"{dt!r}")
print(dt.ctime(), datetime(2024, 3, 9, 1, 2, 3).ctime())
print(dt.weekday(), dt.isoweekday(), dt.isocalendar(), dt.toordinal())
print(repr(dt.date()), repr(dt.time()), repr(dt.timetz()), type(dt.date()).__name__)
print(repr(datetime(2020, 1, 1, fold=1).time()), repr(datetime(2020, 1, 1, 1, tzinfo=plus2, fold=1).timetz()))
print(dt.timetuple(), dt.utctimetuple())
print(datetime(2020, 1, 1).timetuple(), datetime(2020, 1, 1, 0, 30, tzinfo=plus2).utctimetuple())
print(repr(dt.utcoffset()), dt.tzname(), dt.dst(), datetime(2020, 1, 1).utcoffset(), datetime(2020, 1, 1).tzname())

# replace
print(repr(dt.replace(year=2010, tzinfo=None)), repr(dt.replace(hour=0, minute=0, second=0, microsecond=0)))
print(repr(dt.replace(fold=1)), repr(datetime(2020, 2, 29).replace(2021, day=28)), repr(dt.replace()))
attempt("replace feb 29", lambda: datetime(2020, 2, 29).replace(year=2021))
attempt("replace tz bad", lambda: dt.replace(tzinfo=5))
attempt("replace bad keyword", lambda: dt.replace(days=1))

# combine
print(repr(datetime.combine(date(2020, 5, 6), time(7, 8, 9, 10))))
print(repr(datetime.combine(date(2020, 5, 6), time(7, tzinfo=plus2))))
print(repr(datetime.combine(date(2020, 5, 6), time(7, tzinfo=plus2), tzinfo=None)))
print(repr(datetime.combine(date(2020, 5, 6), time(7, fold=1), timezone.utc)))
print(repr(datetime.combine(datetime(2020, 5, 6, 23, 59), time(1))))
attempt("combine int", lambda: datetime.combine(1, time()))
attempt("combine date date", lambda: datetime.combine(date(2020, 1, 1), date(2020, 1, 1)))
attempt("combine tz", lambda: datetime.combine(date(2020, 1, 1), time(), 5))
attempt("combine one", lambda: datetime.combine(date(2020, 1, 1)))

# timestamps with fixed values (UTC or fixed offsets only)
for ts in (0, 1, -1, 0.5, 1700000000, 1700000000.123456, 1700000000.9999996, -1.5, 951782400, 253402300799 - 7200,
           -62135596800 + 7200, 1e9 + 0.0000005, 1e9 + 0.0000015):
    a = datetime.fromtimestamp(ts, timezone.utc)
    print(ts, repr(a), a.timestamp(), datetime.fromtimestamp(ts, plus2), datetime.utcfromtimestamp(ts))
attempt("fromtimestamp max, +2", lambda: datetime.fromtimestamp(253402300799, plus2))
attempt("fromtimestamp min, -2", lambda: datetime.fromtimestamp(-62135596800, timezone(timedelta(hours=-2))))
attempt("fromtimestamp max+1", lambda: datetime.fromtimestamp(253402300800, timezone.utc))
attempt("fromtimestamp str", lambda: datetime.fromtimestamp("0", timezone.utc))
attempt("fromtimestamp nan", lambda: datetime.fromtimestamp(float("nan"), timezone.utc))
attempt("fromtimestamp inf", lambda: datetime.fromtimestamp(float("inf"), timezone.utc))
attempt("fromtimestamp tz", lambda: datetime.fromtimestamp(0, 1))
attempt("fromtimestamp huge", lambda: datetime.fromtimestamp(1e15, timezone.utc))
attempt("utcfromtimestamp huge", lambda: datetime.utcfromtimestamp(-1e13))
print(datetime(2000, 1, 1, tzinfo=timezone.utc).timestamp(), datetime(1969, 12, 31, 23, 59, 59, 500000, tzinfo=plus2).timestamp())
print(datetime.max.replace(tzinfo=timezone.utc).timestamp(), datetime.min.replace(tzinfo=timezone.utc).timestamp())
print(type(datetime.today()).__name__, type(datetime.now()).__name__, isinstance(datetime.now(), date))
