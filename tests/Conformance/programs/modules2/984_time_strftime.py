# time.strftime, asctime, ctime, mktime and localtime: C-locale directives, CPython's checks, and only
# zone-independent facts about the local zone.
import time

t = (2024, 1, 2, 3, 4, 5, 1, 2, 0)
for d in "aAbBcdHIjmMpSUwWxXyYeTDFRntCgGhkluVrP%":
    print(d, repr(time.strftime("%" + d, t)))
print(repr(time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(1796562005))))
print(repr(time.strftime("%z %Z", time.gmtime(0))))
print(repr(time.strftime("%z %Z", time.struct_time((2024, 1, 2, 3, 4, 5, 1, 2, 0, "EST", -18000)))))
print(repr(time.strftime("%z", time.struct_time((2024, 1, 2, 3, 4, 5, 1, 2, 0, "X", -5430)))))
print(repr(time.strftime("%z|%Z|", (2024, 1, 2, 3, 4, 5, 1, 2, -1))))
for y in (5, -5, 999, 12345):
    print(y, repr(time.strftime("%Y|%F|%C|%G|%g|%y|%10Y|%_5d|%-j|%10a|%010a|%-10B|%^10b|%3e|%-e|%_H|%#p|%^p|%-y|%1Y", (y, 3, 4, 17, 6, 7, 1, 63, 0))))
print(repr(time.strftime("%Ey|%EY|%EC|%Ex|%EX|%Od|%Oe|%OH|%OS|%%|%5%|%5n|%Ez", (2024, 3, 4, 5, 6, 7, 1, 63, 0))))
print(repr(time.strftime("%q %:z %L 100%", t)), repr(time.strftime("", t)), repr(time.strftime("%", t)))
for date in [(2024, 12, 31, 0, 0, 0, 1, 366, 0), (2021, 1, 1, 0, 0, 0, 4, 1, 0), (2020, 12, 31, 0, 0, 0, 3, 366, 0), (2027, 1, 3, 0, 0, 0, 6, 3, 0)]:
    print(date[:3], time.strftime("%U %W %V %G %g %u %w %j", date))
print(repr(time.strftime("%Y %m %d %j", (2024, 0, 0, 0, 0, 0, 0, 0, 0))))
print(repr(time.strftime("%S %a", (2024, 1, 2, 3, 4, 61, -1, 2, 0))), repr(time.strftime("%a", (2024, 1, 2, 3, 4, 5, 7, 2, 0))))
bad = [(2024, 13, 2, 3, 4, 5, 1, 2, 0), (2024, 1, 32, 3, 4, 5, 1, 2, 0), (2024, 1, 2, 24, 4, 5, 1, 2, 0),
       (2024, 1, 2, 3, 60, 5, 1, 2, 0), (2024, 1, 2, 3, 4, 62, 1, 2, 0), (2024, 1, 2, 3, 4, 5, -2, 2, 0),
       (2024, 1, 2, 3, 4, 5, 1, 367, 0), (2024, 1, -1, 3, 4, 5, 1, 2, 0)]
for b in bad:
    try:
        time.strftime("%Y", b)
    except ValueError as e:
        print("ValueError:", e)
for args in [(5,), ("%Y", 5), ("%Y", (1, 2)), ("%Y", ("a",) * 9), ("%Y", (2024.5, 1, 2, 3, 4, 5, 1, 2, 0)),
             ("%Y", [2024, 1, 2, 3, 4, 5, 1, 2, 0]), (b"%Y",), ("%Y", (2**31, 1, 2, 3, 4, 5, 1, 2, 0)),
             ("%Z", time.struct_time((2024, 1, 2, 3, 4, 5, 1, 2, 0, 5, 5))), ("a\0b",)]:
    try:
        time.strftime(*args)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)

print(time.asctime(t), "|", time.asctime(time.gmtime(0)), "|", time.asctime((12345, 1, 2, 3, 4, 5, 7, 2, 0)))
print(time.asctime((2024, 0, 0, 3, 4, 5, 1, 0, 0)))
for args in [([2024, 1, 2, 3, 4, 5, 1, 2, 0],), ((2024, 1, 2, 24, 4, 5, 1, 2, 0),), ((1, 2),)]:
    try:
        time.asctime(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(type(time.asctime()).__name__, len(time.asctime()) >= 24, type(time.ctime()).__name__, type(time.strftime("%Y")).__name__)

# Local zone: facts that hold in every zone.
for x in [0, 86400 * 180, 1796562005, 1700000000, -86400 * 400]:
    lt = time.localtime(x)
    print(type(lt).__name__, len(lt), time.mktime(lt) == x, type(time.mktime(lt)).__name__,
          time.gmtime(x + lt.tm_gmtoff)[:6] == lt[:6], lt.tm_isdst in (0, 1),
          time.ctime(x) == time.asctime(lt), time.strftime("%s", lt) == str(x),
          type(lt.tm_zone).__name__, type(lt.tm_gmtoff).__name__)
print(type(time.timezone).__name__, type(time.altzone).__name__, time.daylight in (0, 1), len(time.tzname), type(time.tzname).__name__)
# In a zone with daylight saving time, altzone is the offset with it (less west of UTC).
print(time.altzone < time.timezone if time.daylight else time.altzone == time.timezone)
print(time.localtime().tm_year >= 2024, type(time.localtime(None)).__name__, time.mktime(time.localtime(1234567890.7)))
for args in [(5,), ((1,),), ((2024.0, 1, 2, 3, 4, 5, 1, 2, 0),), ((2024, 1, 2, 3, 4, 5, 1, 2, 0, "X", 5),)]:
    try:
        time.mktime(*args)
    except TypeError as e:
        print("TypeError:", e)
a = time.mktime((2024, 13, 2, 3, 4, 5, 1, 2, 0)) - time.mktime((2025, 1, 1, 3, 4, 5, 1, 2, 0))
print(a == 86400 or abs(a - 86400) <= 3600)
