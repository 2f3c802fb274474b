# functools and collections together in everyday code: word stats, inventories, caches, partials, orderings.
import functools
from collections import Counter, defaultdict, deque, OrderedDict

text = """it was the best of times it was the worst of times it was the age of wisdom
it was the age of foolishness it was the epoch of belief it was the epoch of incredulity"""
words = text.split()
counts = Counter(words)
print(counts.most_common(5))
print(counts["was"], counts["missing"], len(counts), sum(counts.values()), counts.total())
letters = Counter(c for c in text if c.isalpha())
print(sorted(letters.most_common(6), key=lambda kv: (-kv[1], kv[0])))
a, b = Counter("aabbbc"), Counter("abccd")
print(sorted((a + b).items()), sorted((a - b).items()), sorted((a & b).items()), sorted((a | b).items()))
a.update("zz"); a.subtract({"b": 5})
print(sorted(a.items()), sorted(+a), sorted(a.elements()))

index = defaultdict(list)
for pos, w in enumerate(words):
    index[w].append(pos)
print(index["epoch"], index["times"], "nothing" in index, len(index))
nested = defaultdict(lambda: defaultdict(int))
for w in words:
    nested[w[0]][len(w)] += 1
print(sorted((k, sorted(v.items())) for k, v in nested.items()))

history = deque(maxlen=3)
for cmd in ["ls", "cd /", "pwd", "echo hi", "exit"]:
    history.append(cmd)
    print(list(history))
d = deque([1, 2, 3, 4, 5])
d.rotate(2); print(d)
d.rotate(-3); print(d)
d.appendleft(0); d.extend([6, 7]); d.extendleft("ab")
print(d, d.popleft(), d.pop(), d.count(3), d.index(3), d[2], d[-1])

od = OrderedDict()
for k in "python":
    od[k] = ord(k)
od.move_to_end("p")
od.move_to_end("n", last=False)
print(list(od), od.popitem(), od.popitem(last=False), list(od.items()))

@functools.lru_cache(maxsize=None)
def partitions(n, largest=None):
    if largest is None:
        largest = n
    if n == 0:
        return 1
    return sum(partitions(n - k, k) for k in range(1, min(n, largest) + 1))
print([partitions(n) for n in range(1, 16)], partitions(60))
info = partitions.cache_info()
print(info.hits > 0, info.misses > 0, info.maxsize)

def power(base, exp):
    return base ** exp
square = functools.partial(power, exp=2)
two_to = functools.partial(power, 2)
print(square(7), two_to(10), [square(x) for x in range(5)], square.func is power, square.keywords)
print(functools.reduce(lambda acc, w: acc + len(w), words, 0), functools.reduce(max, [3, 9, 2]))

def compare_versions(a, b):
    pa, pb = [int(x) for x in a.split(".")], [int(x) for x in b.split(".")]
    return (pa > pb) - (pa < pb)
versions = ["1.10.0", "1.2.10", "1.2.9", "0.9", "1.2", "10.0"]
print(sorted(versions, key=functools.cmp_to_key(compare_versions)))
print(sorted(versions), max(versions, key=functools.cmp_to_key(compare_versions)))
stock = Counter(apples=5, pears=2)
orders = [Counter(apples=2), Counter(pears=3), Counter(apples=1, kiwis=1)]
for order in orders:
    missing = order - stock
    if missing:
        print("cannot fill", dict(order), "missing", dict(missing))
    else:
        stock -= order
        print("filled", dict(order), "stock now", dict(stock))
