# count, cycle, repeat, and cutting infinite iterators down with islice/takewhile.
from itertools import count, cycle, repeat, islice, takewhile, dropwhile

print(list(islice(count(), 5)))
print(list(islice(count(10), 5)))
print(list(islice(count(1, 3), 6)))
print(list(islice(count(0.5, 0.25), 5)))
print(list(islice(count(-2, -2), 4)))
c = count(7)
print(next(c), next(c), repr(c))
c2 = count(2, 5)
next(c2)
print(repr(c2))

print(list(islice(cycle("abc"), 8)))
print(list(islice(cycle([1, 2]), 5)))
print(list(islice(cycle([]), 5)))

print(list(repeat("x", 4)))
print(list(repeat(None, 0)), list(repeat(1, -3)))
r = repeat(3, 2)
print(repr(r))
print(list(map(pow, range(6), repeat(2))))
print(list(zip(range(3), repeat("pad"))))
print(repr(repeat("z")))

print(list(islice("ABCDEFG", 2)))
print(list(islice("ABCDEFG", 2, 4)))
print(list(islice("ABCDEFG", 2, None)))
print(list(islice("ABCDEFG", 0, None, 2)))
print(list(islice(range(100), 10, 50, 7)))
print(list(islice(range(5), None)))

squares = takewhile(lambda n: n < 50, map(lambda n: n * n, count(1)))
print(list(squares))
print(list(dropwhile(lambda n: n < 5, [1, 4, 6, 3, 8])))
print(list(takewhile(lambda n: n < 5, [1, 4, 6, 3, 8])))

# islice leaves the rest of the iterator for later.
it = iter(range(10))
print(list(islice(it, 3)), list(islice(it, 3)), list(it))

for bad in [-1, "a"]:
    try:
        islice(range(3), bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    islice(range(3), 1, -2)
except ValueError as e:
    print("ValueError:", e)
try:
    islice(range(3), 0, 3, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    count("a")
except TypeError as e:
    print("TypeError:", e)
