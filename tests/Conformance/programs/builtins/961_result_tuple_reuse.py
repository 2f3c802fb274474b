# enumerate, zip and dict.items() hand out their result tuple again once the loop let it go (CPython's reuse):
# a tuple the program still holds never changes, one it dropped comes back with new items, and the iterator's
# own reference shows in sys.getrefcount.
import sys

it = enumerate("abc")
first = next(it)
print(first, sys.getrefcount(first))   # the name, the argument and the iterator's cache
kept = next(it)
print(first, kept, first is kept)       # still held: a new tuple, the first unchanged
ident = id(first)
del first
third = next(it)
print(third, id(third) == ident)        # dropped: the same tuple, new items

z = zip([1, 2, 3], "xyz", (True, False, None))
a = next(z)
ident = id(a)
del a
b = next(z)
print(b, id(b) == ident, sys.getrefcount(b))
c = next(z)
print(b, c, b is c)

d = {"k%d" % i: i for i in range(4)}
items = d.items()
ii = iter(items)
p = next(ii)
ident = id(p)
del p
q = next(ii)
print(q, id(q) == ident)

# Everything the loops keep is intact.
kept = []
for t in enumerate(range(3), start=10):
    kept.append(t)
print(kept)
print(list(d.items()), list(zip(d, d.values())), list(enumerate(d)))
pairs = [t for t in zip("ab", "cd")]
print(pairs)
total = 0
for k, v in d.items():
    total += v
for j, (x, y) in enumerate(zip(range(5), range(5, 10))):
    total += j * x + y
print(total)
saved = None
for t in d.items():
    if t[1] == 2:
        saved = t
print(saved, sorted(dict(d.items()).items()))


# A tuple whose items die when the iterator replaces them: their __del__ runs then, as in CPython.
class Noisy:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


for i, obj in enumerate([Noisy(1), Noisy(2)]):
    print("step", i, obj.n)
    del obj
print("done")

# zip(strict=True) stopping part-way through a reused tuple.
z = zip([1, 2], [3], strict=True)
print(next(z))
try:
    next(z)
except ValueError as e:
    print("ValueError:", e)
