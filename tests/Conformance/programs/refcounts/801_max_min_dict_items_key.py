# max() and min() over dict views with a key: the winning item tuple is returned alive
# (issue 11: max(d.items(), key=...) once returned (None, None)).
d = {'a': 3, 'b': 1, 'c': 2}
print(max(d.items(), key=lambda kv: kv[1]))
print(min(d.items(), key=lambda kv: kv[1]))
print(max(d.items(), key=lambda kv: kv[0]))
print(min(d.items(), key=lambda kv: kv[0]))
print(max(d.items()), min(d.items()))
print(max(list(d.items()), key=lambda kv: kv[1]))

best = max(d.items(), key=lambda kv: kv[1])
name, score = best
print(name, score, best[0], best[1], type(best).__name__)
d.clear()
print(best, d)

# Ties keep the first item met, for max and for min.
ties = {'p': 5, 'q': 7, 'r': 7, 's': 1, 't': 1}
print(max(ties.items(), key=lambda kv: kv[1]))
print(min(ties.items(), key=lambda kv: kv[1]))
print(max(ties, key=ties.get), min(ties, key=ties.get))
print(max(ties.values()), min(ties.values()))

# default= for empty views, and a key that is never called on an empty view.
empty = {}
calls = []
def key(kv):
    calls.append(kv)
    return kv[1]
print(max(empty.items(), key=key, default=('none', 0)))
print(min(empty.items(), key=key, default=None))
print(calls)
print(max({'only': 1}.items(), key=key))
print(len(calls))

# Winners of several dicts, collected in a list and used after every dict is gone.
def winners(tables):
    out = []
    for table in tables:
        out.append(max(table.items(), key=lambda kv: (kv[1], kv[0])))
        out.append(min(table.items(), key=lambda kv: (kv[1], kv[0])))
    return out

tables = [{'a': 1, 'b': 2}, {'x': 9, 'y': 9, 'z': 0}, {'m': -3, 'n': 4, 'o': 4}]
result = winners(tables)
del tables
print(result)
print([k for k, _ in result], sum(v for _, v in result))

# Keys that are items of items.
stock = {'apples': (3, 0.5), 'pears': (10, 0.25), 'plums': (6, 0.75)}
print(max(stock.items(), key=lambda kv: kv[1][0] * kv[1][1]))
print(min(stock.items(), key=lambda kv: kv[1][1]))
print(max(stock.items(), key=lambda kv: kv[1]))
cheapest = min(stock.items(), key=lambda kv: kv[1][1])
print(cheapest[1][0], cheapest[1][1], cheapest[0].upper())

# A generator over items, and max with several arguments (no iterable).
print(max((v, k) for k, v in stock.items()))
print(max(('b', 2), ('a', 9), key=lambda kv: kv[1]), min(('b', 2), ('a', 9), key=lambda kv: kv[1]))
