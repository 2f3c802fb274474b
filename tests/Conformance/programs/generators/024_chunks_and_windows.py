# Chunking, sliding windows, pairwise, interleaving and transposing with generators.
def chunks(iterable, size):
    chunk = []
    for item in iterable:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk

def windows(iterable, size):
    window = []
    for item in iterable:
        window.append(item)
        if len(window) > size:
            window.pop(0)
        if len(window) == size:
            yield tuple(window)

def pairwise(iterable):
    it = iter(iterable)
    previous = next(it, None)
    for item in it:
        yield previous, item
        previous = item

def interleave(*iterables):
    iterators = [iter(x) for x in iterables]
    while iterators:
        alive = []
        for it in iterators:
            sentinel = object()
            value = next(it, sentinel)
            if value is not sentinel:
                yield value
                alive.append(it)
        iterators = alive

def transpose(rows):
    width = max((len(r) for r in rows), default=0)
    for col in range(width):
        yield [r[col] if col < len(r) else None for r in rows]

print(list(chunks(range(10), 3)))
print(list(chunks("abcdefg", 2)))
print(list(windows(range(6), 3)))
print([sum(w) / len(w) for w in windows([2, 4, 6, 8, 10, 12], 2)])
print(list(pairwise("abcd")))
print([b - a for a, b in pairwise([1, 4, 9, 16, 25])])
print(list(interleave("abc", [1, 2], "XYZW")))
print(list(transpose([[1, 2, 3], [4, 5], [6]])))
text = "the quick brown fox jumps over the lazy dog"
print([" ".join(c) for c in chunks(text.split(), 4)])
bigrams = {}
for a, b in pairwise(text.replace(" ", "")):
    bigrams[a + b] = bigrams.get(a + b, 0) + 1
print(sorted((n, g) for g, n in bigrams.items() if n > 1))
rising = [w for w in windows([1, 3, 2, 4, 5, 6, 1, 7, 8, 9], 3) if w[0] < w[1] < w[2]]
print(rising)
print(list(chunks([], 4)), list(windows([1], 2)), list(pairwise([])))
