# Generator pipelines: read -> parse -> filter -> transform -> aggregate, lazily, with tracing of evaluation order.
LOG = """2024-01-03 10:00:01 INFO  web-1 request path=/home ms=12
2024-01-03 10:00:02 WARN  web-2 slow request path=/search ms=850
2024-01-03 10:00:02 INFO  web-1 request path=/about ms=8
2024-01-03 10:00:03 ERROR db-1  timeout query=users ms=5000
2024-01-03 10:00:04 INFO  web-2 request path=/home ms=15
malformed line here
2024-01-03 10:00:05 ERROR web-1 crash path=/upload ms=0
2024-01-03 10:00:06 INFO  web-1 request path=/home ms=11
2024-01-03 10:00:07 WARN  db-1  slow query=orders ms=900"""

trace = []

def read_lines(text):
    for n, line in enumerate(text.splitlines(), 1):
        trace.append(f"read {n}")
        yield n, line

def parse(lines):
    for n, line in lines:
        parts = line.split()
        if len(parts) < 5 or parts[2] not in ("INFO", "WARN", "ERROR"):
            print(f"  line {n}: cannot parse {line!r}")
            continue
        date, time, level, host, *rest = parts
        fields = dict(p.split("=", 1) for p in rest if "=" in p)
        words = [p for p in rest if "=" not in p]
        trace.append(f"parse {n}")
        yield {"n": n, "time": time, "level": level, "host": host, "msg": " ".join(words),
               "ms": int(fields.pop("ms", 0)), **fields}

def where(records, **conditions):
    for r in records:
        if all(r.get(k) == v for k, v in conditions.items()):
            yield r

def slower_than(records, ms):
    return (r for r in records if r["ms"] > ms)

def take(n, iterable):
    for i, x in enumerate(iterable):
        if i >= n:
            return
        yield x

records = list(parse(read_lines(LOG)))
print(len(records), "records")
for r in records:
    print(f"  {r['n']:>2} {r['time']} {r['level']:<5} {r['host']:<5} {r['ms']:>5}ms {r['msg']!r} path={r.get('path', '-')}")

print("errors:", [r["host"] for r in where(records, level="ERROR")])
print("web-1 info:", [r["path"] for r in where(records, level="INFO", host="web-1")])
print("slow:", [(r["host"], r["ms"]) for r in slower_than(records, 100)])

trace.clear()
first_two_slow = list(take(2, slower_than(parse(read_lines(LOG)), 100)))
print("lazy:", [r["n"] for r in first_two_slow], "trace:", trace)

by_level = {}
for r in records:
    by_level.setdefault(r["level"], []).append(r["ms"])
for level, values in sorted(by_level.items()):
    print(f"{level:<5} n={len(values)} total={sum(values)} mean={sum(values) / len(values):.1f} max={max(values)}")

def running_mean(values):
    total = 0
    for i, v in enumerate(values, 1):
        total += v
        yield round(total / i, 2)
print(list(running_mean(r["ms"] for r in records)))

def windows(iterable, size):
    window = []
    for x in iterable:
        window.append(x)
        if len(window) > size:
            window.pop(0)
        if len(window) == size:
            yield tuple(window)
print(list(windows((r["ms"] for r in records), 3))[:4])

def paths(records):
    for r in records:
        if "path" in r:
            yield r["path"]
counts = {}
for p in paths(records):
    counts[p] = counts.get(p, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))

squares = (x * x for x in range(10))
evens = (x for x in squares if x % 2 == 0)
labels = (f"<{x}>" for x in evens)
print(next(labels), next(labels), list(labels), list(labels))
nested = ((i, j) for i in range(3) for j in range(i))
print(list(nested), sum(x for x in range(101) if x % 3 == 0), max((len(w), w) for w in "a quick brown fox".split()))
