# time.strptime and datetime.strptime: every directive, the defaults, week numbers, ISO weeks, %z and %Z, and the errors.
import time
from datetime import datetime, timezone, timedelta


def show(data, fmt):
    try:
        t = time.strptime(data, fmt)
        print(repr(data), repr(fmt), tuple(t), t.tm_zone, t.tm_gmtoff)
    except (ValueError, TypeError) as e:
        print(repr(data), repr(fmt), type(e).__name__ + ":", e)


def show_dt(data, fmt):
    try:
        d = datetime.strptime(data, fmt)
        print(repr(data), repr(fmt), repr(d), d.tzname())
    except (ValueError, TypeError) as e:
        print(repr(data), repr(fmt), type(e).__name__ + ":", e)


cases = [
    ("2024-02-29 13:45:59", "%Y-%m-%d %H:%M:%S"),
    ("24-2-9", "%y-%m-%d"),
    ("69-01-01", "%y-%m-%d"),
    ("68-01-01", "%y-%m-%d"),
    ("Tue Mar 17 22:44:55 1999", "%a %b %d %H:%M:%S %Y"),
    ("tuesday MARCH 17 1999", "%A %B %d %Y"),
    ("Thu Jan  1 00:00:00 1970", "%c"),
    ("03/17/99", "%x"),
    ("22:44:55", "%X"),
    ("12 AM", "%I %p"),
    ("12 pm", "%I %p"),
    ("1 PM", "%I %p"),
    ("11", "%I"),
    ("12", "%I"),
    ("100", "%j"),
    ("2020 366", "%Y %j"),
    ("2021 366", "%Y %j"),
    ("2020 0 3", "%Y %U %w"),
    ("2020 0 3", "%Y %W %w"),
    ("2020 1 0", "%Y %U %w"),
    ("2020 52 6", "%Y %W %u"),
    ("2019 0 1", "%Y %W %w"),
    ("2020 53 4", "%G %V %u"),
    ("2020 1 Mon", "%G %V %a"),
    ("2020 1", "%G %V"),
    ("2020 1 1", "%Y %V %u"),
    ("2020 1 100", "%G %u %j"),
    ("1 1", "%V %u"),
    ("2020", "%G"),
    ("02-29", "%m-%d"),
    ("02-30", "%m-%d"),
    ("13", "%m"),
    ("2020-01-01extra", "%Y-%m-%d"),
    ("2020", "%Y %"),
    ("2020", "%Y%q"),
    ("100%", "%d%%"),
    ("  12  ", " %d "),
    ("12\t\n 5", "%d %m"),
    ("5", "%S"),
    ("61", "%S"),
    ("123", "%f"),
    ("1.5", "%S.%f"),
    ("+0130", "%z"),
    ("-01:30", "%z"),
    ("+01:30:15.5", "%z"),
    ("+0130:15", "%z"),
    ("Z", "%z"),
    ("UTC", "%Z"),
    ("gmt", "%Z"),
    ("7", "%w"),
    ("0", "%u"),

    ("Sun", "%a"),
    ("a.b*c", "a.b*c"),
    ("", ""),
]
for data, fmt in cases:
    show(data, fmt)
for data, fmt in [
    ("2024-02-29 13:45:59.123456", "%Y-%m-%d %H:%M:%S.%f"),
    ("2024-06-01T12:00:00+0200", "%Y-%m-%dT%H:%M:%S%z"),
    ("2024-06-01 12:00 -05:30 UTC", "%Y-%m-%d %H:%M %z %Z"),
    ("2024-06-01 Z", "%Y-%m-%d %z"),
    ("1 Jan 2000", "%d %b %Y"),
    ("31/12/1999 23:59", "%d/%m/%Y %H:%M"),
    ("2000", "%Y"),
    ("junk", "%Y"),
]:
    show_dt(data, fmt)
try:
    time.strptime(2020, "%Y")
except TypeError as e:
    print("TypeError:", e)
try:
    datetime.strptime("2020", 5)
except TypeError as e:
    print("TypeError:", e)
print(time.strptime("Thu Jan  1 00:00:00 1970"))
class MyDT(datetime):
    pass
print(type(MyDT.strptime("2001", "%Y")).__name__)
for data, fmt in [("1", "% d"), ("1", "%.d"), ("x", "%"), ("2020 12", "%G %Y %V %u")]:
    show(data, fmt)
import re
try:
    time.strptime("2020 2020", "%Y %Y")
except re.error as e:
    print("re.error:", e)
try:
    datetime.strptime(b"2020", "%Y")
except TypeError as e:
    print("TypeError:", e)
print(datetime.strptime("Thu Jan  1 00:00:00 1970", "%c"))
