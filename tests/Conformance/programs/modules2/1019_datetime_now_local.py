# now(), today(), utcnow(), date.today(), fromtimestamp in the local zone, timestamp() and astimezone() of naive
# values: checked by their relations (the values themselves depend on the clock and the machine's zone).
import time
from datetime import date, datetime, timedelta, timezone

t0 = time.time()
n1 = datetime.now()
n2 = datetime.now()
u = datetime.now(timezone.utc)
un = datetime.utcnow()
td = datetime.today()
dd = date.today()
t1 = time.time()

print(type(n1).__name__, n1.tzinfo, type(u).__name__, u.tzinfo, un.tzinfo, type(dd).__name__)
print(timedelta(0) <= n2 - n1 < timedelta(seconds=5), abs(u.replace(tzinfo=None) - un) < timedelta(seconds=5))
print(abs(td - n1) < timedelta(seconds=5), dd == n1.date() or dd == n2.date())
print(t0 - 1 <= u.timestamp() <= t1 + 1, t0 - 1 <= n1.timestamp() <= t1 + 1)
print(abs(n1.astimezone(timezone.utc) - u) < timedelta(seconds=5))
print(datetime.fromtimestamp(t0) <= n1 + timedelta(seconds=1), datetime.fromtimestamp(t0, timezone.utc) <= u)

# local conversions agree with the time module
for ts in (0, 86400 * 365, 1000000000, 1700000000, 1700000000.25):
    local = datetime.fromtimestamp(ts)
    tm = time.localtime(ts)
    same = (local.year, local.month, local.day, local.hour, local.minute, local.second) == tuple(tm[:6])
    aware = local.astimezone()
    print(ts, same, local.timestamp() == ts, aware.utcoffset() == timedelta(seconds=tm.tm_gmtoff),
          aware.tzname() == tm.tm_zone, aware.timestamp() == ts, date.fromtimestamp(ts) == local.date(),
          datetime.fromtimestamp(ts, timezone.utc) == aware)

# now() in a fixed-offset zone
plus5 = timezone(timedelta(hours=5))
p = datetime.now(plus5)
print(p.tzinfo is plus5, p.utcoffset(), abs(p - u) < timedelta(seconds=5), p.isoformat().endswith("+05:00"))
try:
    datetime.now(5)
except TypeError as e:
    print("TypeError:", e)
try:
    datetime.now(tz="UTC")
except TypeError as e:
    print("TypeError:", e)

# a naive local time converted to a fixed zone and back keeps its instant
x = datetime(2024, 1, 15, 12, 0)
y = x.astimezone(timezone.utc)
print(y.tzinfo is timezone.utc, y.astimezone().replace(tzinfo=None) == x, x.timestamp() == y.timestamp())
print(datetime.fromtimestamp(x.timestamp()) == x, type(x.astimezone().tzinfo).__name__)

# elapsed time measured with datetime
start = datetime.now()
total = sum(i * i for i in range(20000))
elapsed = datetime.now() - start
print(total, type(elapsed).__name__, elapsed >= timedelta(0), elapsed.total_seconds() < 30)
