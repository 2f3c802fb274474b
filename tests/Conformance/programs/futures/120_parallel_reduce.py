# Splitting work into chunks on a pool and combining the partial results in a fixed order.
from concurrent.futures import ThreadPoolExecutor, as_completed
import threading

data = [(i * 7919) % 1000 for i in range(3000)]
chunks = [data[i:i + 250] for i in range(0, len(data), 250)]
print(len(chunks), [len(c) for c in chunks][:3])

lock = threading.Lock()
histogram = {}


def summarise(index, chunk):
    local = {}
    for v in chunk:
        local[v // 100] = local.get(v // 100, 0) + 1
    with lock:
        for k, n in local.items():
            histogram[k] = histogram.get(k, 0) + n
    return index, sum(chunk), min(chunk), max(chunk)


with ThreadPoolExecutor(max_workers=4) as pool:
    futures = {pool.submit(summarise, i, c): i for i, c in enumerate(chunks)}
    partials = sorted(f.result() for f in as_completed(futures))
for p in partials:
    print(p)
print("total", sum(p[1] for p in partials), sum(data))
print("min", min(p[2] for p in partials), "max", max(p[3] for p in partials))
print(sorted(histogram.items()))
print(sum(histogram.values()))

# A word count over lines, merged deterministically.
lines = ["the quick brown fox", "jumps over the lazy dog", "the dog sleeps", "a fox runs"] * 5


def count(line):
    out = {}
    for w in line.split():
        out[w] = out.get(w, 0) + 1
    return out


merged = {}
with ThreadPoolExecutor(3) as pool:
    for partial in pool.map(count, lines):
        for w, n in partial.items():
            merged[w] = merged.get(w, 0) + n
print(sorted(merged.items(), key=lambda kv: (-kv[1], kv[0])))
