# Collatz sequences as generators, with statistics computed by consuming them.
def collatz(n):
    while n != 1:
        yield n
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    yield 1

def lengths(limit):
    for start in range(1, limit + 1):
        yield start, sum(1 for _ in collatz(start))

def peaks(limit):
    for start in range(1, limit + 1):
        yield start, max(collatz(start))

print(list(collatz(6)))
print(list(collatz(27))[:12], "...", len(list(collatz(27))))
best = max((length, start) for start, length in lengths(1000))
print("longest below 1000:", best)
highest = max((peak, start) for start, peak in peaks(100))
print("highest peak below 100:", highest)
histogram = {}
for start, length in lengths(60):
    bucket = length // 10 * 10
    histogram[bucket] = histogram.get(bucket, 0) + 1
for bucket in sorted(histogram):
    print("%3d-%3d %s" % (bucket, bucket + 9, "#" * histogram[bucket]))

def first_above(limit, threshold):
    for start, length in lengths(limit):
        if length > threshold:
            return start, length
    return None

print(first_above(10 ** 6, 100))
print(sum(1 for _, n in lengths(200) if n % 2 == 0))
records = []
record = 0
for start, length in lengths(300):
    if length > record:
        record = length
        records.append(start)
print("record holders:", records)
evens_only = (x for x in collatz(97) if x % 2 == 0)
print(sum(evens_only), len([x for x in collatz(97) if x % 2]))
