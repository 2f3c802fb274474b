# Generators with closures, nonlocal state, default arguments and genexpr scoping rules.
def make_counter():
    calls = 0
    def gen(limit):
        nonlocal calls
        calls += 1
        for i in range(limit):
            yield i * calls
    def count():
        return calls
    return gen, count

gen, count = make_counter()
print(list(gen(3)), list(gen(3)), count())

def multipliers():
    for k in range(1, 4):
        yield lambda x, k=k: x * k

print([m(10) for m in multipliers()])

def lazy_lambdas():
    for k in range(1, 4):
        yield lambda x: x * k

fs = list(lazy_lambdas())
print([f(10) for f in fs])
g = lazy_lambdas()
print(next(g)(10), next(g)(10))

x = 100
values = (x + i for i in range(3))
x = 200
print(list(values))

rows = [[1, 2], [3, 4]]
first_iter = (r for r in rows)
rows = [[9]]
print(list(first_iter))

def offsets(base):
    return (base + i for i in range(3))

print(list(offsets(10)), list(offsets(20)))

def stateful():
    history = []
    def record(v):
        history.append(v)
        return len(history)
    while True:
        v = yield history[:]
        if v is None:
            return history
        record(v)

s = stateful()
next(s)
s.send("a")
print(s.send("b"))
try:
    s.send(None)
except StopIteration as e:
    print("history", e.value)

def fibonacci_pairs(n):
    a, b = 0, 1
    def step():
        nonlocal a, b
        a, b = b, a + b
    for _ in range(n):
        yield a, b
        step()

print(list(fibonacci_pairs(6)))
cells = [(lambda: i) for i in range(3)]
print([c() for c in cells])
gens = [(j * i for j in range(2)) for i in range(3)]
print([list(g) for g in gens])
