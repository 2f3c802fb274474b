# hash() of a tuple nested far deeper than the recursion limit: CPython 3.12 hashes it on its C stack and counts no
# recursion level (3.12.1 hashes one nested 100,000 deep; at 1,000,000 it crashes). GilGen gives the same values,
# past the .NET stack too. Only ints, floats, bools and tuples are hashed: their hashes are neither randomized nor
# addresses (3.12 hashes None by its address).


def nested(depth, inner):
    t = inner
    for _ in range(depth):
        t = (t,)
    return t


def wide_nested(depth):
    t = ()
    for i in range(depth):
        t = (i, t, -1, -1.5, True)
    return t


for depth in (1, 2, 10, 1000, 50_000, 100_000):
    print(depth, hash(nested(depth, ())), hash(nested(depth, (1, 2.5, -1, False))))

t = wide_nested(50_000)
print("wide", hash(t), hash(t) == hash(wide_nested(50_000)))

# Equal tuples hash equal; a set and a dict find the very object by its hash (comparing two such tuples, as
# {a, b} would, raises RecursionError in comparison, in CPython too).
a = nested(50_000, (7,))
b = nested(50_000, (7,))
print(hash(a) == hash(b), len({a, a}), {a: "found"}[a])
try:
    print(len({a, b}))
except RecursionError as e:
    print("RecursionError", e)

# Shallow tuples keep their values (hash(-1) is -2, and a tuple's hash is never -1).
print(hash(()), hash((1,)), hash((1, 2)), hash((-1,)), hash(((),)), hash((-1, True, 0.5)))
print(hash(nested(3, (-2, 3))))
