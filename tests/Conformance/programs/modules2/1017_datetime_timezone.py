# timezone (fixed offsets): construction and errors, utc, min/max, name, repr/str, utcoffset/tzname/dst/fromutc,
# equality and hashing; tzinfo as a base class users subclass (abstract methods, fromutc with DST);
# astimezone between fixed-offset zones.
import datetime as dtmod
from datetime import datetime, timedelta, timezone, tzinfo, time, UTC


def attempt(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


print(repr(timezone.utc), str(timezone.utc), repr(UTC), UTC is timezone.utc, dtmod.UTC is timezone.utc)
print(timezone(timedelta(0)) is timezone.utc, repr(timezone(timedelta(0), "Z")), timezone(timedelta(0), "Z") is timezone.utc)
print(repr(timezone.min), repr(timezone.max), str(timezone.min), str(timezone.max))
for off in (timedelta(hours=1), timedelta(hours=-1), timedelta(hours=5, minutes=30), timedelta(minutes=-90),
            timedelta(seconds=1), timedelta(microseconds=-1), timedelta(hours=23, minutes=59, seconds=59, microseconds=999999),
            timedelta(hours=-12, seconds=-7)):
    tz = timezone(off)
    named = timezone(off, "Zone" + str(off.seconds))
    print(repr(tz), "|", str(tz), "|", tz.tzname(None), "|", repr(tz.utcoffset(None)), tz.dst(None), "|", repr(named), str(named))
attempt("offset int", lambda: timezone(3600))
attempt("offset 24h", lambda: timezone(timedelta(hours=24)))
attempt("offset -24h", lambda: timezone(-timedelta(hours=24)))
attempt("name int", lambda: timezone(timedelta(hours=1), 5))
attempt("name None", lambda: timezone(timedelta(hours=1), None))
attempt("no args", lambda: timezone())
attempt("three args", lambda: timezone(timedelta(0), "a", "b"))
attempt("bad keyword", lambda: timezone(offset=timedelta(0), nam="x"))
print(repr(timezone(offset=timedelta(hours=2), name="two")))
attempt("subclass", lambda: type("Sub", (timezone,), {}))

tz2 = timezone(timedelta(hours=2))
d = datetime(2024, 5, 5, 10, tzinfo=tz2)
print(repr(tz2.utcoffset(d)), tz2.tzname(d), tz2.dst(d), repr(tz2.fromutc(d)))
attempt("utcoffset int", lambda: tz2.utcoffset(5))
attempt("tzname str", lambda: tz2.tzname("x"))
attempt("dst date", lambda: tz2.dst(dtmod.date(2020, 1, 1)))
attempt("fromutc naive", lambda: tz2.fromutc(datetime(2024, 1, 1)))
attempt("fromutc other", lambda: tz2.fromutc(datetime(2024, 1, 1, tzinfo=timezone.utc)))
attempt("fromutc int", lambda: tz2.fromutc(1))
print(tz2 == timezone(timedelta(hours=2), "other name"), tz2 != timezone.utc, tz2 == 2, hash(tz2) == hash(timedelta(hours=2)))
print(len({tz2, timezone(timedelta(hours=2)), timezone.utc, timezone(timedelta(0), "UTC")}))
attempt("tz < tz", lambda: tz2 < timezone.utc)
print(isinstance(tz2, tzinfo), issubclass(timezone, tzinfo), type(tz2).__name__)

# astimezone among fixed offsets
d = datetime(2024, 12, 31, 23, 30, tzinfo=timezone.utc)
for tz in (timezone(timedelta(hours=1)), timezone(timedelta(hours=-8), "PST"), timezone(timedelta(hours=14)),
           timezone(timedelta(hours=5, minutes=45)), timezone.utc):
    c = d.astimezone(tz)
    print(repr(c), c, c == d, c.tzname(), c.isoformat())
print(d.astimezone(timezone.utc) is d)
attempt("astimezone int", lambda: d.astimezone(5))
attempt("astimezone overflow", lambda: datetime.max.replace(tzinfo=timezone.utc).astimezone(timezone(timedelta(hours=1))))


# a user tzinfo: abstract methods, then a zone with daylight saving time
class Bare(tzinfo):
    pass


b = Bare()
attempt("bare utcoffset", lambda: b.utcoffset(None))
attempt("bare tzname", lambda: b.tzname(None))
attempt("bare dst", lambda: b.dst(None))
attempt("bare aware utcoffset", lambda: datetime(2020, 1, 1, tzinfo=b).utcoffset())
attempt("bare repr", lambda: repr(datetime(2020, 1, 1, tzinfo=b)).startswith("datetime.datetime(2020, 1, 1, 0, 0, tzinfo=<__main__.Bare object"))
attempt("bare fromutc", lambda: b.fromutc(datetime(2020, 1, 1, tzinfo=b)))
attempt("tzinfo() direct", lambda: type(tzinfo()).__name__)


class Eastern(tzinfo):
    """US Eastern with the 2007 rules: DST from the second Sunday of March to the first Sunday of November."""

    def _dst_bounds(self, year):
        start = datetime(year, 3, 8, 2)
        start += timedelta(days=(6 - start.weekday()) % 7)
        end = datetime(year, 11, 1, 2)
        end += timedelta(days=(6 - end.weekday()) % 7)
        return start, end

    def dst(self, dt):
        if dt is None:
            return timedelta(0)
        start, end = self._dst_bounds(dt.year)
        naive = dt.replace(tzinfo=None)
        if start + timedelta(hours=1) <= naive < end - timedelta(hours=1) or (
                end - timedelta(hours=1) <= naive < end and not dt.fold):
            return timedelta(hours=1)
        if start <= naive < start + timedelta(hours=1):
            return timedelta(hours=1)
        return timedelta(0)

    def utcoffset(self, dt):
        return timedelta(hours=-5) + self.dst(dt)

    def tzname(self, dt):
        return "EDT" if self.dst(dt) else "EST"

    def __repr__(self):
        return "Eastern"


et = Eastern()
for u in (datetime(2024, 1, 15, 12, tzinfo=timezone.utc), datetime(2024, 7, 4, 16, tzinfo=timezone.utc),
          datetime(2024, 3, 10, 6, 59, tzinfo=timezone.utc), datetime(2024, 3, 10, 7, 0, tzinfo=timezone.utc),
          datetime(2024, 11, 3, 5, 30, tzinfo=timezone.utc), datetime(2024, 11, 3, 6, 30, tzinfo=timezone.utc)):
    local = u.astimezone(et)
    print(u, "->", repr(local), local, local.tzname(), repr(local.dst()), local.strftime("%H:%M %Z %z"))
summer = datetime(2024, 7, 4, 12, tzinfo=et)
print(summer.timetuple().tm_isdst, datetime(2024, 1, 4, 12, tzinfo=et).timetuple().tm_isdst, summer.utctimetuple())
print(summer.timestamp(), summer - datetime(2024, 7, 4, 12, tzinfo=timezone.utc), summer.astimezone(timezone.utc))
print(time(12, tzinfo=et).utcoffset(), time(12, tzinfo=et).tzname(), time(12, tzinfo=et).isoformat())


class Broken(tzinfo):
    def utcoffset(self, dt):
        return timedelta(hours=1)

    def dst(self, dt):
        return None

    def tzname(self, dt):
        return 42


k = datetime(2020, 1, 1, tzinfo=Broken())
attempt("fromutc dst None", lambda: k.tzinfo.fromutc(k))
attempt("tzname 42", lambda: k.tzname())
attempt("strftime %Z", lambda: k.strftime("%Z"))
print(k.strftime("%z"), k.timetuple().tm_isdst, k.isoformat())
