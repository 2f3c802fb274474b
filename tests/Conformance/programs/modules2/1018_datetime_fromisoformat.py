# fromisoformat of date, datetime and time: the forms CPython 3.12 accepts (extended and basic dates, ISO weeks,
# times with fractions of any length, zones), its rejections and its range errors; isoformat round trips.
from datetime import date, datetime, time, timedelta, timezone


def attempt(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


for s in ("2024-02-29", "20240229", "2024-W09", "2024W09", "2024-W09-4", "2024W094", "2020-W53-7", "2021-W01-1",
          "0001-01-01", "9999-12-31", "2024-02-30", "2023-02-29", "2024-13-01", "0000-01-01", "2024-2-29",
          "2024/02/29", "24-02-29", "2024-02-29 ", " 2024-02-29", "2024-02-290", "2024-W54", "2021-W53",
          "2024-W00-1", "2024-W01-0", "2024-W01-8", "2024W01-1", "2024-W011", "2024-0229", "202402-29", "",
          "2024", "2024-02", "abcd-ef-gh", "２０２４-02-29"):
    attempt("date %r" % s, lambda: date.fromisoformat(s))
attempt("date int", lambda: date.fromisoformat(20240229))
attempt("date None", lambda: date.fromisoformat(None))

for s in ("2024-02-29T12", "2024-02-29T12:34", "2024-02-29T12:34:56", "2024-02-29T12:34:56.7",
          "2024-02-29T12:34:56.789", "2024-02-29T12:34:56.789012", "2024-02-29T12:34:56.7890123",
          "2024-02-29T12:34:56,5", "2024-02-29 12:34", "2024-02-29x12:34", "20240229T1234", "20240229T123456",
          "20240229T123456.5", "2024-02-29T1234", "2024-02-29T12:34Z", "2024-02-29T12:34:56+00:00",
          "2024-02-29T12:34:56-00:00", "2024-02-29T12:34:56+05:30", "2024-02-29T12:34:56-0800",
          "2024-02-29T12:34:56+01", "2024-02-29T12:34:56+01:02:03", "2024-02-29T12:34:56+01:02:03.5",
          "2024-02-29T12:34:56.123+02:00", "2024-W09-4T08:00", "2024W094T0800", "2024-W09T08:00",
          "2024-02-29T", "2024-02-29T1", "2024-02-29T12:3", "2024-02-29T12:34:5", "2024-02-29T12:34:56.",
          "2024-02-29T12:34:56Zx", "2024-02-29T12:34+", "2024-02-29T12:34+1", "2024-02-29T12:34+01:0",
          "2024-02-29T25:00", "2024-02-29T24:00", "2024-02-29T23:60", "2024-02-29T23:59:60",
          "2024-02-29T12:00+24:00", "2024-02-29T12:00+23:60", "2024-02-30T12:00", "2024-02-29T12:34:56.1234567x",
          "2024-02-29T12:34:56.12a", "2024-02-29T12::34", "2024-02-29T12:3456", "2024-02-29T1234:56",
          "2024-02-29", "20240229", "2024-02-29T12:34:56+01:00Z", "2024-02-29T12:34:56 +01:00"):
    attempt("datetime %r" % s, lambda: datetime.fromisoformat(s))
attempt("datetime bytes", lambda: datetime.fromisoformat(b"2024-02-29"))

for s in ("00:00", "23:59:59.999999", "T01:02", "010203", "01:02:03.000001-01:00", "12:34:56+00:00", "12:34Z",
          "1", "T", "12:34:56.1234567", "12-34", "12:34+05", "12:34:56 "):
    attempt("time %r" % s, lambda: time.fromisoformat(s))

# round trips
samples = [datetime(2024, 2, 29, 12, 34, 56, 789012, timezone(timedelta(hours=-3, minutes=-30))),
           datetime(1, 1, 1), datetime(9999, 12, 31, 23, 59, 59, 999999, timezone.utc),
           datetime(2000, 6, 15, 0, 0, 0, 1, timezone(timedelta(seconds=7))),
           datetime(2000, 6, 15, 8, tzinfo=timezone(timedelta(microseconds=5)))]
for v in samples:
    back = datetime.fromisoformat(v.isoformat())
    print(v.isoformat(), back == v, repr(back.tzinfo))
    for spec in ("hours", "minutes", "seconds", "milliseconds"):
        print("  ", spec, repr(datetime.fromisoformat(v.isoformat(timespec=spec))))
print(all(date.fromisoformat(date.fromordinal(n).isoformat()).toordinal() == n for n in range(1, 3652059, 9973)))
print(all(time.fromisoformat(time(h, m, s, us).isoformat()) == time(h, m, s, us)
          for h in (0, 9, 23) for m in (0, 30, 59) for s in (0, 1, 59) for us in (0, 1, 500000, 999999)))
