# list.sort and sorted() ask the same __lt__ questions in the same order as CPython's timsort: counts and a
# digest of every call for many inputs (random lists of several sizes, sorted, reversed, runs, duplicates,
# sawtooth), with key functions and reverse=True, and the full call list for small ones.
import random

calls = []


class K:
    __slots__ = ("v", "tag")

    def __init__(self, v, tag):
        self.v = v
        self.tag = tag

    def __lt__(self, other):
        calls.append((self.tag, other.tag))
        return self.v < other.v

    def __repr__(self):
        return f"K({self.v},{self.tag})"


def digest(pairs):
    h = 1469598103934665603
    for a, b in pairs:
        h = ((h ^ (a * 1000003 + b)) * 1099511628211) & 0xFFFFFFFFFFFFFFFF
    return h


def run(name, values, **kw):
    items = [K(v, i) for i, v in enumerate(values)]
    calls.clear()
    items.sort(**kw)
    order = [k.tag for k in items]
    print(f"{name:28} n={len(values):5} calls={len(calls):6} digest={digest(calls):20} order={digest(enumerate(order))}")
    return order


def inputs(rng, n):
    yield "random", [rng.random() for _ in range(n)]
    yield "random-ints-dups", [rng.randrange(10) for _ in range(n)]
    yield "sorted", list(range(n))
    yield "reversed", list(range(n, 0, -1))
    yield "all-equal", [7] * n
    runs = []
    while len(runs) < n:
        k = rng.randrange(1, 200)
        start = rng.randrange(1000)
        runs.extend(range(start, start + k) if rng.random() < 0.6 else range(start + k, start, -1))
    yield "runs", runs[:n]
    yield "sawtooth", [i % 97 for i in range(n)]
    yield "organ-pipe", list(range(n // 2)) + list(range(n - n // 2, 0, -1))
    yield "sorted+noise", [i + (rng.randrange(50) if rng.random() < 0.05 else 0) for i in range(n)]
    yield "descending-dups", sorted([rng.randrange(n // 4 + 1) for _ in range(n)], reverse=True)
    yield "interleaved", [x for pair in zip(range(0, n, 2), range(n, 0, -2)) for x in pair]
    yield "blocks", [(i // 37) * 1000 - (i % 37) for i in range(n)]


rng = random.Random(20240612)
for n in (0, 1, 2, 3, 5, 17, 63, 64, 65, 100, 257, 1000, 2048, 4099):
    for name, values in inputs(rng, n):
        run(name, values)
        run(name + " rev", values, reverse=True)
        run(name + " key", values, key=lambda k: K(-k.v, k.tag))

# Whole call lists for small inputs.
for values in ([3, 1, 2], [1, 1, 1, 0], [5, 4, 3, 2, 1], [2, 1, 2, 1, 2, 1, 0], [1, 2, 3, 0, 4, 5]):
    run("small", values)
    print("   ", calls)
    run("small rev", values, reverse=True)
    print("   ", calls)

# Stability: equal keys keep their order, forwards and reversed, with sorted() too.
rng = random.Random(7)
data = [(rng.randrange(5), i) for i in range(300)]
out = sorted(data, key=lambda p: p[0])
print(all(out[i][0] < out[i + 1][0] or (out[i][0] == out[i + 1][0] and out[i][1] < out[i + 1][1]) for i in range(len(out) - 1)))
out = sorted(data, key=lambda p: p[0], reverse=True)
print(all(out[i][0] > out[i + 1][0] or (out[i][0] == out[i + 1][0] and out[i][1] < out[i + 1][1]) for i in range(len(out) - 1)))
print(out[:12])

# Galloping: long runs merged against each other, and min_gallop adapting across merges.
for n in (500, 3000):
    a = list(range(0, n, 2)) + list(range(1, n, 2))
    run("two-runs", a)
    b = list(range(n // 2, n)) + list(range(n // 2))
    run("rotated", b)
    c = [i // 3 for i in range(n)]
    rng.shuffle(c)
    run("shuffled-triples", c)
    d = sorted(c[: n // 2]) + sorted(c[n // 2 :])
    run("two-sorted-halves", d)
    run("two-sorted-halves rev", d, reverse=True)

# sorted() of other iterables, by key.
words = "the quick brown fox jumps over the lazy dog again and again".split()
print(sorted(words), sorted(words, key=len), sorted(words, key=len, reverse=True))
print(sorted({3: "c", 1: "a", 2: "b"}), sorted(x * x % 17 for x in range(20)), sorted("timsort"))
