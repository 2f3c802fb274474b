# time.struct_time and time.gmtime: the structseq's tuple behaviour, attributes, repr and errors.
import time

t = time.gmtime(1796562005)
print(t)
print(type(t).__name__, type(t).__module__, len(t), isinstance(t, tuple))
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday, t.tm_isdst)
print(t.tm_zone, t.tm_gmtoff)
print(t[0], t[-1], t[2:5], t[::3], list(t))
year, mon, *rest = t
print(year, mon, rest)
print(t == tuple(t), tuple(t) == t, hash(t) == hash(tuple(t)), t + (1,), type(t + ()).__name__)
print(t == time.gmtime(1796562005), t != time.gmtime(0), t < time.gmtime(1796562006))
print(time.struct_time.n_fields, time.struct_time.n_sequence_fields, time.struct_time.n_unnamed_fields)
print(time.struct_time.__match_args__)

s = time.struct_time((2024, 1, 2, 3, 4, 5, 1, 2, 0))
print(s, s.tm_zone, s.tm_gmtoff)
s = time.struct_time([2024, 1, 2, 3, 4, 5, 1, 2, 0, "EST", -18000])
print(s, s.tm_zone, s.tm_gmtoff, len(s))
s = time.struct_time((2024, 1, 2, 3, 4, 5, 1, 2, 0), {"tm_zone": "CET", "tm_gmtoff": 3600})
print(s.tm_zone, s.tm_gmtoff)
print(s.__reduce__())

for args in [((1, 2),), ((1,) * 12,), (5,), ((1,) * 9, 5)]:
    try:
        time.struct_time(*args)
    except TypeError as e:
        print("TypeError:", e)
for name in ["tm_year", "tm_zone"]:
    try:
        setattr(t, name, 1)
    except AttributeError as e:
        print("AttributeError:", e)
try:
    t.foo = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    class Sub(time.struct_time):
        pass
except TypeError as e:
    print("TypeError:", e)

for secs in [0, -1, -1.5, -0.5, 1.99, True, 951782400, 10**12, -10**11, 2**31, 1e10]:
    print(secs, tuple(time.gmtime(secs)))
for bad in ["x", float("nan"), 1e20, 2**63, None.__class__]:
    try:
        time.gmtime(bad)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
now = time.gmtime()
print(type(now).__name__, now.tm_year >= 2024, time.gmtime(None).tm_zone)
for leap in [1900, 2000, 2023, 2024, 2100]:
    print(leap, time.gmtime(time.mktime((leap, 12, 31, 12, 0, 0, 0, 0, -1)) + time.localtime(0).tm_gmtoff * 0).tm_yday in (365, 366))
print(time.gmtime(-62135596800), time.gmtime(253402300799))

import copy
print(copy.copy(t) == t, type(copy.deepcopy(t)).__name__, copy.deepcopy(t).tm_zone, t.count(0), t.index(1970) if 1970 in t else t.index(t[0]))
print([name for name in dir(t) if name.startswith(("tm_", "n_"))])
for call in [lambda: time.gmtime(1, 2), lambda: time.localtime(1, 2), lambda: time.ctime(1, 2), lambda: time.mktime(),
             lambda: time.strftime(), lambda: time.strftime("%Y", t, 1), lambda: time.asctime(t, 1), lambda: time.gmtime(secs=1),
             lambda: time.struct_time()]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
try:
    del t.tm_year
except AttributeError as e:
    print("AttributeError:", e)
