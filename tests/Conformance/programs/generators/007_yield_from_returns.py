# yield from: the value of the expression is the subgenerator's return value.
def averager():
    total = 0
    count = 0
    while True:
        value = yield
        if value is None:
            break
        total += value
        count += 1
    return (count, total / count if count else None)

def grouper(results, key):
    while True:
        results[key] = yield from averager()
        print("group", key, "finished with", results[key])
        return key

def client(data):
    results = {}
    for key, values in data.items():
        group = grouper(results, key)
        next(group)
        for v in values:
            group.send(v)
        try:
            group.send(None)
        except StopIteration as e:
            print("grouper returned", e.value)
    return results

report = client({"girls;kg": [40.9, 38.5, 44.3], "boys;kg": [39.0, 40.8, 43.2, 40.8], "empty": []})
for key in sorted(report):
    print(key, report[key])

def inner(n):
    for i in range(n):
        yield i
    return n * 10

def middle(n):
    a = yield from inner(n)
    b = yield from inner(a // 10 + 1)
    return a + b

def outer():
    total = yield from middle(2)
    print("middle returned", total)
    last = yield from middle(1)
    return total, last

g = outer()
print(list(g))
try:
    g = outer()
    while True:
        print("value", next(g))
except StopIteration as e:
    print("outer returned", e.value)

def from_list():
    r = yield from [1, 2, 3]
    print("list delegation result:", r)
    r = yield from range(2)
    print("range delegation result:", r)
    r = yield from "ab"
    return r

print(list(from_list()))

def depth(n):
    if n == 0:
        return 0
    got = yield from depth(n - 1)
    yield got
    return got + 1

print(list(depth(5)))
d = depth(3)
print([next(d) for _ in range(3)], next(d, "done"))
