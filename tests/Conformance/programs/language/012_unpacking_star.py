# Starred assignment targets (UNPACK_EX) in every position.
first, *rest = [1, 2, 3, 4, 5]
print(first, rest)
*init, last = "python"
print(init, last)
a, *middle, z = range(10)
print(a, middle, z)
head, *tail = (42,)
print(head, tail)
x, y, *others = {"k": 1, "j": 2, "i": 3}
print(x, y, others)
[p, *q] = iter([7, 8, 9])
print(p, q)
(m, *n), o = "ab", "c"
print(m, n, o)

for key, *values in [("a", 1, 2), ("b",), ("c", 3)]:
    print(key, values)

def first_and_last(seq):
    f, *_, l = seq
    return f, l

print(first_and_last([1, 2]), first_and_last("xyz"), first_and_last(range(100)))

rows = [[1, 2, 3], [4, 5, 6, 7]]
for left, *inner, right in rows:
    print(left, inner, right)

*everything, = (1, 2, 3)
print(everything)
a, b, *c, d, e = range(5)
print(a, b, c, d, e)

for bad in ([1], [], 5, None):
    try:
        f, *m, l = bad
        print("unpacked", f, m, l)
    except (ValueError, TypeError) as err:
        print(type(err).__name__, err)

try:
    a, b, c = [1, 2]
except ValueError as err:
    print(err)
try:
    a, b = [1, 2, 3]
except ValueError as err:
    print(err)
try:
    a, b = (i for i in range(5))
except ValueError as err:
    print(err)
