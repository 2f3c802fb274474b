# Coroutine-style consumers: a producer pushes into a chain of sinks with send().
def printer(prefix):
    count = 0
    try:
        while True:
            item = yield
            count += 1
            print(prefix, count, item)
    finally:
        print(prefix, "closed after", count, "items")

def filter_sink(predicate, target):
    while True:
        item = yield
        if predicate(item):
            target.send(item)

def map_sink(func, target):
    while True:
        item = yield
        target.send(func(item))

def broadcast(targets):
    while True:
        item = yield
        for t in targets:
            t.send(item)

def collect(into):
    while True:
        into.append((yield))

def primed(gen):
    next(gen)
    return gen

evens = primed(printer("even"))
odds = primed(printer("odd"))
store = []
sink = primed(broadcast([
    primed(filter_sink(lambda x: x % 2 == 0, primed(map_sink(lambda x: x * 10, evens)))),
    primed(filter_sink(lambda x: x % 2, odds)),
    primed(collect(store)),
]))
for n in range(7):
    sink.send(n)
print("stored", store)
evens.close()
odds.close()
print("closing again is harmless:", evens.close())

def grep(pattern, target):
    print("looking for", repr(pattern))
    while True:
        line = yield
        if pattern in line:
            target.send(line)

found = []
g = primed(grep("python", primed(collect(found))))
for line in ["python generators", "coroutines in c#", "a python pipeline", "nothing here"]:
    g.send(line)
print(found)

def tally():
    counts = {}
    while True:
        word = yield
        if word is None:
            return counts
        counts[word] = counts.get(word, 0) + 1

t = primed(tally())
for w in "a b a c b a".split():
    t.send(w)
try:
    t.send(None)
except StopIteration as e:
    print(sorted(e.value.items()))
