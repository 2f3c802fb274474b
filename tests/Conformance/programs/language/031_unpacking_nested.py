# Nested tuple/list unpacking in assignments, for loops and comprehensions.
(a, b), c = (1, 2), 3
print(a, b, c)
[x, [y, z]] = "A", ("B", "C")
print(x, y, z)
a, b = b, a
print(a, b)
a, (b, (c, d)) = 1, (2, (3, 4))
print(a + b + c + d)

points = [((0, 0), "origin"), ((1, 2), "p"), ((-3, 4), "q")]
for (px, py), label in points:
    print(f"{label}: {px},{py} dist2={px * px + py * py}")

pairs = {"a": (1, 2), "b": (3, 4)}
for key, (lo, hi) in sorted(pairs.items()):
    print(key, lo, hi, hi - lo)

print([first + last for first, *_, last in ["abc", "xy", "hello"]])
matrix = [(1, (2, 3)), (4, (5, 6))]
print([i * j * k for i, (j, k) in matrix])
print({k: v for k, (v, _) in {"p": (1, 0), "q": (2, 0)}.items()})

def swap_pairs(seq):
    out = []
    for i, (left, right) in enumerate(zip(seq[::2], seq[1::2])):
        out += [right, left]
    return out

print(swap_pairs([1, 2, 3, 4, 5, 6]))
(head, *body), tail = [1, 2, 3], "end"
print(head, body, tail)
first, second, *_ = range(10)
print(first, second)
table = [["x", 1], ["y", 2]]
for i, [name, value] in enumerate(table):
    print(i, name, value)
