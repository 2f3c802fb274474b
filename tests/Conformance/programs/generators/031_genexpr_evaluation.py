# When generator expressions evaluate their parts: the first iterable at once, the rest lazily.
def source(name, items):
    print("iter(%s)" % name)
    return iter(items)

g = (x for x in source("outer", [1, 2]))
print("created")
print(list(g))

g2 = (x * y for x in source("A", [1, 2]) for y in source("B", [10, 20]))
print("created nested")
print(list(g2))

try:
    bad = (x for x in 42)
except TypeError as e:
    print("eager TypeError:", e)

lazy_bad = (y for x in [1] for y in 42)
print("second iterable not evaluated yet")
try:
    list(lazy_bad)
except TypeError as e:
    print("lazy TypeError:", e)

def failing(n):
    return (10 // x for x in range(n, -1, -1))

f = failing(3)
print(next(f), next(f), next(f))
try:
    next(f)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(next(f, "exhausted after error"))

calls = []
def cond(x):
    calls.append(x)
    return x % 2 == 0

h = (x for x in range(6) if cond(x))
print(next(h), calls)
print(next(h), calls)
print(list(h), calls)

matrix = [[1, 2], [3, 4]]
flat = (v for row in matrix for v in row)
matrix.append([5, 6])
print(list(flat))
counter = {"n": 0}
def bump():
    counter["n"] += 1
    return counter["n"]
g3 = (bump() for _ in range(3))
print(counter["n"], list(g3), counter["n"])
print(list(x for x in "ab" if x) + list(y for y in ()))
