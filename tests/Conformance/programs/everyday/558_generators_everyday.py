# Generators in everyday code: reading records lazily, pagination, unique-preserving order, round robin, cumulative stats.
def paginate(items, per_page):
    page = []
    for item in items:
        page.append(item)
        if len(page) == per_page:
            yield page
            page = []
    if page:
        yield page

def unique(iterable, key=None):
    seen = set()
    for x in iterable:
        k = x if key is None else key(x)
        if k not in seen:
            seen.add(k)
            yield x

def round_robin(*iterables):
    iterators = [iter(it) for it in iterables]
    while iterators:
        alive = []
        for it in iterators:
            try:
                yield next(it)
            except StopIteration:
                continue
            alive.append(it)
        iterators = alive

def stats():
    count = total = 0
    lo = hi = None
    value = yield None
    while True:
        count += 1
        total += value
        lo = value if lo is None else min(lo, value)
        hi = value if hi is None else max(hi, value)
        value = yield {"n": count, "mean": round(total / count, 3), "min": lo, "max": hi}

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

def take(n, it):
    return [x for _, x in zip(range(n), it)]

for i, page in enumerate(paginate(range(1, 24), 5), 1):
    print(f"page {i}: {page}")
print(list(paginate([], 3)), list(paginate("abc", 5)))
print(list(unique([3, 1, 3, 2, 1, 4, 2])), list(unique("Mississippi")), list(unique(["a", "A", "b", "B"], key=str.lower)))
print(list(round_robin("ABC", [1, 2], "xyzw")), list(round_robin()), list(round_robin([], [1])))
s = stats()
next(s)
for v in [5, 3, 9, 1, 7]:
    print(s.send(v))
s.close()
print(take(15, fib()), take(3, fib()))
print(next(x for x in fib() if x > 1000), sum(x for x in take(30, fib()) if x % 2 == 0))
def countdown(n):
    print(f"  starting countdown from {n}")
    while n > 0:
        yield n
        n -= 1
    print("  liftoff")
gen = countdown(3)
print("created, nothing printed yet")
for v in gen:
    print("  got", v)
print(list(countdown(0)))
def lines_with_numbers(text):
    for n, line in enumerate(text.splitlines(), 1):
        if line.strip() and not line.lstrip().startswith("#"):
            yield n, line.strip()
SRC = """
# config
name = demo

size = 10
  # indented comment
mode = fast
"""
print(list(lines_with_numbers(SRC)))
pairs = ((k.strip(), v.strip()) for _, line in lines_with_numbers(SRC) for k, _, v in [line.partition("=")])
print(dict(pairs))
def flatten(nested):
    for item in nested:
        if isinstance(item, (list, tuple)):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, (4, 5)], []], "six", [[7]]])))
gen = (n * n for n in range(5))
print(3 in (n for n in range(5)), list(gen), list(gen), sum(gen))
