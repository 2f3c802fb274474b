# Merging sorted streams, deduplicating, grouping consecutive runs: all with generators.
def merge_two(a, b):
    a = iter(a)
    b = iter(b)
    x = next(a, None)
    y = next(b, None)
    while x is not None and y is not None:
        if x <= y:
            yield x
            x = next(a, None)
        else:
            yield y
            y = next(b, None)
    while x is not None:
        yield x
        x = next(a, None)
    while y is not None:
        yield y
        y = next(b, None)

def merge_all(streams):
    if not streams:
        return
    if len(streams) == 1:
        yield from streams[0]
        return
    middle = len(streams) // 2
    yield from merge_two(merge_all(streams[:middle]), merge_all(streams[middle:]))

def unique(sorted_items):
    previous = object()
    for item in sorted_items:
        if item != previous:
            yield item
            previous = item

def runs(items):
    current = None
    count = 0
    for item in items:
        if count and item == current:
            count += 1
        else:
            if count:
                yield current, count
            current = item
            count = 1
    if count:
        yield current, count

def multiples(k, limit):
    n = k
    while n <= limit:
        yield n
        n += k

print(list(merge_two([1, 4, 9], [2, 3, 10, 11])))
streams = [multiples(3, 30), multiples(5, 30), multiples(7, 30)]
merged = list(merge_all(streams))
print(merged)
print(list(unique(merged)))
print(list(runs(merged)))
print(list(runs("aaabccddddde")))
print(["%s%d" % (ch, n) for ch, n in runs("wwwwaaadexxxxxx")])
words = sorted("the cat and the hat and the bat".split())
print([(w, n) for w, n in runs(words) if n > 1])
print(list(merge_all([[1, 5], [], [2, 2, 8], [0]])))
evens = (n for n in range(0, 20, 2))
odds = (n for n in range(1, 20, 2))
print(list(merge_two(evens, odds)) == list(range(20)))
