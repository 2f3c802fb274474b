# frozensets as dict keys and set members: grouping anagrams by letter sets, subsets lattice, hashing.

words = ["listen", "silent", "enlist", "google", "banana", "tinsel", "elgoog", "nab", "ban"]
groups = {}
for w in words:
    groups.setdefault(frozenset(w), []).append(w)
for key in sorted(groups, key=lambda k: sorted(k)):
    print(sorted(key), groups[key])

base = frozenset({1, 2, 3})
subsets = {frozenset()}
for x in base:
    subsets |= {s | {x} for s in subsets}
print(len(subsets), sorted(sorted(s) for s in subsets))
print(frozenset({1, 2}) in subsets, frozenset({4}) in subsets, base in subsets)
by_size = {}
for s in subsets:
    by_size.setdefault(len(s), set()).add(s)
print({k: len(v) for k, v in sorted(by_size.items())})
print(frozenset({3, 1}) == frozenset([1, 3]), frozenset() == set(), {frozenset(): 1}[frozenset()])
print(hash(frozenset({1, 2, 3})) == hash(frozenset([3, 2, 1, 1])), hash(frozenset()) == hash(frozenset([])))
print(frozenset({1, 2}) | {3}, frozenset({1, 2}) & {2, 3}, {1, 2} - frozenset({1}), type({1} | frozenset({2})).__name__)
print(frozenset(range(5)), frozenset({40, 8, 72}), frozenset({(1, 2), (2, 1)}))
edges = {frozenset(e) for e in [(1, 2), (2, 1), (2, 3), (3, 4), (4, 3), (1, 1)]}
print(len(edges), sorted(sorted(e) for e in edges))
degree = {}
for e in edges:
    for v in e:
        degree[v] = degree.get(v, 0) + 1
print(dict(sorted(degree.items())))
nested = frozenset({frozenset({1}), frozenset({1, 2})})
print(len(nested), frozenset({1}) in nested, sorted(len(s) for s in nested))
