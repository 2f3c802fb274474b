# Generators: counting, next() with and without a default, StopIteration carrying the return value.
def count_up(start, stop, step=1):
    n = start
    while n < stop:
        yield n
        n += step
    return "counted %d..%d" % (start, stop)

print(list(count_up(0, 5)))
print(list(count_up(3, 20, 4)))
print(tuple(count_up(10, 10)))

g = count_up(1, 4)
print(type(g).__name__, g.__name__, g.__qualname__)
print(next(g))
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("stopped:", e.value, e.args)
try:
    next(g)
except StopIteration as e:
    print("again:", e.value, e.args)
print(next(g, "default"))

def squares(limit):
    for i in range(limit):
        yield i * i

total = 0
for s in squares(6):
    total += s
    print("square", s, "running total", total)

def empty():
    return
    yield

print(list(empty()), next(empty(), "nothing"))

def countdown(n):
    print("starting countdown from", n)
    while n > 0:
        yield n
        n -= 1
    print("liftoff")

c = countdown(3)
print("created, nothing printed yet")
for v in c:
    print("tick", v)

def letters(word):
    for ch in word:
        yield ch.upper()
        yield ch.lower()

print("".join(letters("Gen")))
print(list(zip(count_up(0, 3), letters("ab"))))
print(sum(count_up(1, 101)))
print(max(squares(10)), min(squares(10)))
print(sorted(count_up(0, 10, 3), reverse=True))
print(3 in count_up(0, 10), 4 in count_up(1, 10, 2))
a, b, c2 = count_up(7, 10)
print(a, b, c2)
print(dict(zip(letters("xy"), count_up(0, 100))))
print(list(enumerate(count_up(5, 8), 1)))
