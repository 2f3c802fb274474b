# sys.getrefcount shows that an object left on the evaluation stack of a failing long function or class body
# (GilGen's split frames) is held by nobody afterwards: a global passed several times as an operand, a method's
# object, a loop's iterable, a subscript's container, each back at its count before the failure.
import sys


class Held:
    def m(self, *args):
        return 0

    def __getitem__(self, key):
        return key

    def __add__(self, other):
        return 0


held = Held()
numbers = [1, 2]


def fail(what):
    raise KeyError(what)


def take(*args):
    return len(args)


def padding(n):
    # Makes a function long without touching the objects counted.
    total = 0
    for i in range(n):
        total += i * 3 % 5
        if total > 10:
            total -= 7
    text = "|".join(str(i) for i in range(n))
    return total, text


def long_operands(n):
    print("  pad", padding(n))
    a, b = n, n * 2
    grid = [[a, b], [b, a]]
    print("  grid", grid, sum(grid[0]) + sum(grid[1]))
    c, d = a + b, a * b
    row = [c, d, c - d, c * d]
    print("  row", row, max(row), min(row), "%d/%d" % (c, d))
    print("  inside", sys.getrefcount(held))
    return take(held, held, take(held, fail("operands")))


def long_method(n):
    print("  pad", padding(n))
    a, b = n, n * 2
    grid = [[a, b], [b, a]]
    print("  grid", grid, sum(grid[0]) + sum(grid[1]))
    c, d = a + b, a * b
    row = [c, d, c - d, c * d]
    print("  row", row, max(row), min(row), "%d/%d" % (c, d))
    return held.m(held, held, fail("method"))


def long_binary(n):
    print("  pad", padding(n))
    a, b = n, n * 2
    grid = [[a, b], [b, a]]
    print("  grid", grid, sum(grid[0]) + sum(grid[1]))
    c, d = a + b, a * b
    row = [c, d, c - d, c * d]
    print("  row", row, max(row), min(row), "%d/%d" % (c, d))
    return held[held] + take(held, fail("binary"))


def long_loop(n):
    print("  pad", padding(n))
    a, b = n, n * 2
    grid = [[a, b], [b, a]]
    print("  grid", grid, sum(grid[0]) + sum(grid[1]))
    c, d = a + b, a * b
    row = [c, d, c - d, c * d]
    print("  row", row, max(row), min(row), "%d/%d" % (c, d))
    for x in numbers:
        take(numbers, fail("loop"))


def class_body(n):
    class C:
        count = n
        doubled = [n * 2 for _ in range(n)]
        value = take(held, held.m(held, fail("class body")))
    return C


def class_loop(n):
    class C:
        for k in range(n):
            take(held, k)
        total = take(held, numbers, fail("class loop"))
    return C


print("before", sys.getrefcount(held), sys.getrefcount(numbers))
for fn in (long_operands, long_method, long_binary, long_loop, class_body, class_loop):
    print(fn.__name__)
    try:
        fn(3)
    except KeyError as e:
        print("  caught", e, sys.getrefcount(held), sys.getrefcount(numbers))
    print("  after", sys.getrefcount(held), sys.getrefcount(numbers))
print("end", sys.getrefcount(held), sys.getrefcount(numbers))
