# send()-driven accumulators: running average, min/max tracker, histogram.
def running_average():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count

avg = running_average()
print("primed:", next(avg))
for v in [10, 20, 30, 5, 35]:
    print("sent", v, "average", avg.send(v))

def tracker():
    low = high = None
    seen = 0
    while True:
        value = yield (low, high, seen)
        if value == "reset":
            low = high = None
            seen = 0
            continue
        seen += 1
        low = value if low is None or value < low else low
        high = value if high is None or value > high else high

t = tracker()
next(t)
for v in [5, 3, 9, 1, "reset", 4, 8]:
    print(v, "->", t.send(v))

def histogram(width):
    buckets = {}
    while True:
        value = yield dict(sorted(buckets.items()))
        key = value // width * width
        buckets[key] = buckets.get(key, 0) + 1

h = histogram(10)
next(h)
result = None
for v in [1, 15, 17, 23, 9, 41, 44, 45, 3]:
    result = h.send(v)
print(result)

def accumulate_until(limit):
    total = 0
    while total < limit:
        x = yield total
        total += x
    return total

acc = accumulate_until(20)
next(acc)
try:
    for x in [4, 5, 6, 7, 8]:
        print("total now", acc.send(x))
except StopIteration as e:
    print("limit reached with", e.value)
try:
    acc.send(1)
except StopIteration as e:
    print("finished generator:", e.value, e.args)

fresh = running_average()
try:
    fresh.send(5)
except TypeError as e:
    print("TypeError:", e)
print(fresh.send(None))
