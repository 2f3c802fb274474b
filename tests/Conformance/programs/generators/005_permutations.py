# Permutations, combinations and products as recursive generators.
def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        head = items[i]
        rest = items[:i] + items[i + 1:]
        for tail in permutations(rest):
            yield [head] + tail

def combinations(items, k):
    if k == 0:
        yield []
        return
    for i in range(len(items) - k + 1):
        for tail in combinations(items[i + 1:], k - 1):
            yield [items[i]] + tail

def product(*pools):
    if not pools:
        yield ()
        return
    for x in pools[0]:
        for rest in product(*pools[1:]):
            yield (x,) + rest

def powerset(items):
    for k in range(len(items) + 1):
        yield from combinations(items, k)

for p in permutations([1, 2, 3]):
    print(p)
print(sum(1 for _ in permutations(list(range(6)))))
print(["".join(p) for p in permutations(list("abc"))])
print(list(combinations(list("abcd"), 2)))
print(len(list(combinations(list(range(10)), 4))))
print(list(product("ab", [0, 1], "xy"))[:5])
print(sum(1 for _ in product(range(3), range(3), range(3))))
print(list(powerset([1, 2, 3])))

def next_permutation_order(n):
    seen = set()
    for p in permutations(list(range(n))):
        key = tuple(p)
        assert key not in seen
        seen.add(key)
        yield key
    print("all", len(seen), "distinct")

orders = list(next_permutation_order(4))
print(orders[0], orders[-1], orders == sorted(orders))

target = 10
hits = [c for c in combinations([1, 2, 3, 4, 5, 6], 3) if sum(c) == target]
print("triples summing to", target, hits)
words = ["tea", "eat", "ate", "tan", "nat"]
for w in words:
    variants = set("".join(p) for p in permutations(list(w)))
    print(w, sorted(v for v in variants if v in words))
