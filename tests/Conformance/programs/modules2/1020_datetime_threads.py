# datetime in a threading tutorial: timestamps taken by worker threads, durations, formatted log lines with
# fixed times, and sorting records by time.
import threading
import time
from datetime import datetime, timedelta, timezone

lock = threading.Lock()
records = []


def worker(n):
    started = datetime.now()
    time.sleep(0.01 * (n % 3))
    finished = datetime.now()
    with lock:
        records.append((n, started, finished))


threads = [threading.Thread(target=worker, args=(i,)) for i in range(6)]
t0 = datetime.now()
for t in threads:
    t.start()
for t in threads:
    t.join()
t1 = datetime.now()

print(len(records), sorted(n for n, _, _ in records))
print(all(t0 <= s <= f <= t1 for _, s, f in records))
print(all(isinstance(f - s, timedelta) and f - s >= timedelta(0) for _, s, f in records))
print((t1 - t0) < timedelta(seconds=30), max(f for _, _, f in records) <= t1)
slowest = max(records, key=lambda r: r[2] - r[1])
print(slowest[0] % 3 == 2 or (slowest[2] - slowest[1]) >= timedelta(0))

# log lines with fixed timestamps (the tutorials' format)
base = datetime(2024, 5, 17, 9, 30, 0, 0, tzinfo=timezone.utc)
events = [(base + timedelta(milliseconds=137 * i * i), "Thread-%d" % (i + 1), "step %d" % i) for i in range(6)]
for when, who, what in events:
    print("%s [%s] %s" % (when.strftime("%H:%M:%S.%f")[:-3], who, what))
    print(f"{when:%Y-%m-%d %H:%M:%S} {who:>9} {what}")
    print(when.isoformat(timespec="milliseconds"), when.time(), when.timetz())
print("elapsed:", events[-1][0] - events[0][0], (events[-1][0] - events[0][0]).total_seconds())
gaps = [b[0] - a[0] for a, b in zip(events, events[1:])]
print([str(g) for g in gaps], sum(gaps, timedelta()), max(gaps), min(gaps))
print(sorted(events, key=lambda e: -e[0].timestamp())[0][1])


# a periodic timer that records its ticks in a list, checked by count and order
ticks = []
stop = threading.Event()


def ticker():
    while not stop.is_set():
        ticks.append(datetime.now(timezone.utc))
        stop.wait(0.005)


tt = threading.Thread(target=ticker)
tt.start()
time.sleep(0.05)
stop.set()
tt.join()
print(len(ticks) >= 2, ticks == sorted(ticks), all(t.tzinfo is timezone.utc for t in ticks))
print(all(b - a >= timedelta(0) for a, b in zip(ticks, ticks[1:])))
