# groupby, accumulate, chain, compress, filterfalse, starmap, pairwise, zip_longest, batched, tee.
import operator
from itertools import (groupby, accumulate, chain, compress, filterfalse, starmap,
                       pairwise, zip_longest, batched, tee, islice)

print([(k, list(g)) for k, g in groupby("AAAABBBCCDAABBB")])
print([k for k, g in groupby("AAAABBBCCD")])
words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
for key, group in groupby(words, key=lambda w: w[0]):
    print(key, list(group))
for key, group in groupby(sorted(words, key=len), key=len):
    print(key, sorted(group))
# Advancing the groupby ends the previous group.
g = groupby([1, 1, 2, 2, 3])
k1, grp1 = next(g)
k2, grp2 = next(g)
print(k1, list(grp1), k2, list(grp2))

print(list(accumulate([1, 2, 3, 4, 5])))
print(list(accumulate([1, 2, 3, 4, 5], operator.mul)))
print(list(accumulate([3, 1, 4, 1, 5, 9, 2, 6], max)))
print(list(accumulate([1, 2, 3], initial=100)))
print(list(accumulate([], initial=5)), list(accumulate([])))
print(list(accumulate(["a", "b", "c"])))

print(list(chain("abc", [1, 2], (None,))))
print(list(chain.from_iterable([[1, 2], [3], [], [4, 5]])))
print(list(chain()))
print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
print(list(compress(range(10), [True, False] * 3)))
print(list(filterfalse(lambda x: x % 3, range(12))))
print(list(filterfalse(None, [0, 1, "", "a", None, [], [0]])))
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(starmap(operator.add, zip("abc", "xyz"))))
print(list(pairwise("ABCDE")), list(pairwise([1])))
print([b - a for a, b in pairwise([1, 4, 9, 16, 25])])
print(list(zip_longest("ABCD", "xy", fillvalue="-")))
print(list(zip_longest([1, 2], [3], [4, 5, 6])))
print(list(batched("ABCDEFG", 3)))
print(list(batched(range(6), 2)))
try:
    list(batched("abc", 0))
except ValueError as e:
    print("ValueError:", e)

a, b = tee(iter([1, 2, 3, 4]))
print(next(a), next(a), list(b), list(a))
x, y, z = tee("xyz", 3)
print(list(x), list(y), list(z))
evens, odds = tee(range(10))
print(list(islice(evens, 0, None, 2)), list(islice(odds, 1, None, 2)))

# Run-length encoding and decoding.
data = "WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW"
encoded = [(len(list(g)), k) for k, g in groupby(data)]
print(encoded)
decoded = "".join([k * n for n, k in encoded])
print(decoded == data)
