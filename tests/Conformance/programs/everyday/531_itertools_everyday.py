# itertools in ordinary code: grouping sales, pairing, combinations for a menu, running totals, batching.
import itertools as it
import operator

sales = [("2024-01", "north", 120), ("2024-01", "south", 80), ("2024-02", "north", 95), ("2024-02", "south", 130),
         ("2024-02", "west", 40), ("2024-03", "north", 150), ("2024-03", "west", 60)]
for month, rows in it.groupby(sales, key=lambda r: r[0]):
    rows = list(rows)
    print(month, [r[1] for r in rows], sum(r[2] for r in rows))
by_region = sorted(sales, key=operator.itemgetter(1))
for region, rows in it.groupby(by_region, key=operator.itemgetter(1)):
    amounts = [r[2] for r in rows]
    print(f"{region:<6} {amounts} total={sum(amounts)}")
print(list(it.accumulate(r[2] for r in sales)), list(it.accumulate([3, 1, 4, 1, 5], max)))
print(list(it.accumulate([1, 2, 3, 4], operator.mul, initial=10)))
menu = {"soup": 4, "salad": 5, "steak": 15, "fish": 13, "cake": 6}
budget = 20
combos = [(a, b) for a, b in it.combinations(sorted(menu), 2) if menu[a] + menu[b] <= budget]
print(len(combos), combos)
print(list(it.permutations("abc", 2)), len(list(it.permutations(range(5)))))
print(list(it.product("xy", [1, 2])), list(it.product([0, 1], repeat=3))[:4])
print(list(it.combinations_with_replacement("ab", 3)))
print(list(it.chain([1, 2], (3,), "ab")), list(it.chain.from_iterable([[1], [2, 3], []])))
print(list(it.islice(it.count(10, 5), 4)), list(it.islice("abcdefg", 1, 6, 2)), list(it.repeat("z", 3)))
print(list(it.islice(it.cycle("AB"), 5)), list(zip(it.count(1), "abc")))
print(list(it.takewhile(lambda x: x < 5, [1, 3, 5, 2])), list(it.dropwhile(lambda x: x < 5, [1, 3, 5, 2])))
print(list(it.filterfalse(lambda x: x % 3, range(10))), list(it.compress("abcdef", [1, 0, 1, 0, 1, 1])))
print(list(it.starmap(pow, [(2, 3), (3, 2), (10, 0)])), list(it.zip_longest("ab", [1, 2, 3], fillvalue="-")))
print(list(it.pairwise([1, 4, 9, 16, 25])), [b - a for a, b in it.pairwise([1, 4, 9, 16, 25])])
a, b = it.tee(iter([1, 2, 3]))
print(list(a), list(b))
def batched(iterable, n):
    iterator = iter(iterable)
    while batch := tuple(it.islice(iterator, n)):
        yield batch
print(list(batched(range(7), 3)))
words = "the cat sat on the mat with the hat".split()
print(sorted(((w, len(list(g))) for w, g in it.groupby(sorted(words))), key=lambda p: (-p[1], p[0]))[:3])
print([k for k, _ in it.groupby("AAAABBBCCDAABBB")], [len(list(g)) for _, g in it.groupby("AAAABBBCCDAABBB")])
for n, (x, y) in enumerate(it.product(range(3), repeat=2)):
    if x == y:
        print(n, (x, y), end="; ")
print()
people = [("ann", 31, "nyc"), ("bob", 25, "sf"), ("cy", 31, "sf"), ("di", 25, "nyc")]
print(sorted(people, key=operator.itemgetter(1, 0)), list(map(operator.itemgetter(0), people)))
print(sum(it.starmap(operator.mul, zip([1, 2, 3], [4, 5, 6]))), list(it.accumulate(range(1, 6), operator.mul)))
