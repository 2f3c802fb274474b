# Iteration protocols used with unpacking, star calls and comprehensions.
def chunks(seq, size):
    return [seq[i:i + size] for i in range(0, len(seq), size)]

data = list(range(11))
print(chunks(data, 3), chunks("abcdefg", 2))
print(*chunks(data, 4), sep=" | ")
print(*"abc", sep="-", end="!\n")
pairs = list(zip(*[iter(data)] * 2))
print(pairs)
first, *middle, last = map(str, data)
print(first, "".join(middle), last)
print(list(enumerate("xyz", start=1)), dict(enumerate("ab")))
transposed = list(map(list, zip(*[[1, 2, 3], [4, 5, 6]])))
print(transposed)
print(max(zip(*[[3, 9, 1], [7, 2, 8]]), key=sum), sorted(data, key=lambda v: (v % 3, -v)))
it = iter(range(5))
print(next(it), next(it), list(it), list(it), next(it, "done"))
print(list(reversed(data))[:3], sum(data[::2]), [*reversed("abc")])
