# Threading with deterministic output: each thread works on its own slice, results joined and printed in order.
import threading

def checksum(chunk):
    total = 0
    for i, x in enumerate(chunk):
        total = (total * 31 + x * (i + 1)) % 1000003
    return total

data = list(range(1, 2001))
n_threads = 4
size = len(data) // n_threads
results = [None] * n_threads
def work(index):
    chunk = data[index * size:(index + 1) * size]
    results[index] = (index, len(chunk), sum(chunk), checksum(chunk), max(chunk))

threads = [threading.Thread(target=work, args=(i,), name=f"worker-{i}") for i in range(n_threads)]
print([t.name for t in threads], [t.is_alive() for t in threads])
for t in threads:
    t.start()
for t in threads:
    t.join()
print([t.is_alive() for t in threads])
for r in results:
    print(r)
print("grand total", sum(r[2] for r in results), sum(data))

def count_words(text, out, key):
    counts = {}
    for w in text.lower().split():
        w = w.strip(".,;!?")
        counts[w] = counts.get(w, 0) + 1
    out[key] = counts

texts = {
    "a": "The cat sat. The cat ran! A dog sat.",
    "b": "To be, or not to be; that is the question.",
    "c": "All that glitters is not gold, all is well.",
}
out = {}
workers = [threading.Thread(target=count_words, args=(texts[k], out, k)) for k in sorted(texts)]
for w in workers:
    w.start()
for w in workers:
    w.join()
for k in sorted(out):
    print(k, sorted(out[k].items(), key=lambda kv: (-kv[1], kv[0]))[:4])
merged = {}
for k in sorted(out):
    for word, n in out[k].items():
        merged[word] = merged.get(word, 0) + n
print(sorted(merged.items(), key=lambda kv: (-kv[1], kv[0]))[:6])

def primes_in(lo, hi, sink, slot):
    found = []
    for n in range(max(lo, 2), hi):
        if all(n % p for p in range(2, int(n ** 0.5) + 1)):
            found.append(n)
    sink[slot] = found
ranges = [(0, 250), (250, 500), (500, 750), (750, 1000)]
sink = [None] * len(ranges)
ts = [threading.Thread(target=primes_in, args=(lo, hi, sink, i)) for i, (lo, hi) in enumerate(ranges)]
for t in ts:
    t.start()
for t in ts:
    t.join()
for (lo, hi), found in zip(ranges, sink):
    print(f"[{lo},{hi}) {len(found)} primes, last {found[-1]}")
print("total primes below 1000:", sum(len(f) for f in sink))
local = threading.local()
seen = [None] * 3
def use_local(i):
    local.value = i * 10
    for _ in range(100):
        local.value += 1
    seen[i] = local.value
lt = [threading.Thread(target=use_local, args=(i,)) for i in range(3)]
for t in lt:
    t.start()
for t in lt:
    t.join()
print("thread-local values", seen, hasattr(local, "value"))
print(threading.current_thread().name, threading.main_thread() is threading.current_thread())
