# List, set and dict comprehensions, nested and with conditions.
words = ["apple", "bob", "kayak", "tree", "noon", "python", "wow"]
print([w.upper() for w in words if len(w) > 3])
print(sorted({len(w) for w in words}), {n % 3 for n in range(9)})
print(sorted({w[0] for w in words}))
print({w: len(w) for w in words if w == w[::-1]})
print({i: i * i for i in range(6)})
print({v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()})

matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([[row[i] for row in matrix] for i in range(3)])
print([x for row in matrix for x in row if x % 2])
print([(i, j) for i in range(3) for j in range(i) if (i + j) % 2])
print({(i, j): i * j for i in range(1, 3) for j in range(1, 3)})
print([[c for c in w if c not in "aeiou"] for w in words[:3]])

primes = [n for n in range(2, 50) if all(n % d for d in range(2, int(n ** 0.5) + 1))]
print(primes)
print(sum(x * x for x in range(10)), max(len(w) for w in words), any(w.startswith("p") for w in words))

counts = {}
for w in words:
    counts[len(w)] = counts.get(len(w), 0) + 1
print(dict(sorted(counts.items())))
print({k: [w for w in words if len(w) == k] for k in sorted(counts)})

x = "outer"
squares = [x for x in range(3)]
print(squares, x)
flat = [y for sub in [[1], [2, 3], [], [4, 5, 6]] for y in sub]
print(flat, [i for i in flat if i > 2 if i % 2 == 0])
nested = [[j for j in range(i)] for i in range(5)]
print(nested)
print({frozenset({1, 2}): "pair"}[frozenset({2, 1})], sorted({n % 4 for n in range(100)}))
table = {n: {"even": n % 2 == 0, "square": n * n} for n in range(3)}
print(table)
