# Generators in the style of pyperformance's generators benchmark: pipelines of generator
# functions (filter, map, windowing, yield from), generator expressions fed to builtins, and a
# tree walked by recursive yield from. The size is sys.argv[1]; the default is small.
import sys


def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def evens(source):
    for x in source:
        if x % 2 == 0:
            yield x


def squares(source):
    for x in source:
        yield x * x


def windows(source, width):
    window = []
    for x in source:
        window.append(x)
        if len(window) == width:
            yield tuple(window)
            del window[0]


def chained(*sources):
    for source in sources:
        yield from source


class Tree:
    def __init__(self, left, value, right):
        self.left = left
        self.value = value
        self.right = right

    def __iter__(self):
        if self.left is not None:
            yield from self.left
        yield self.value
        if self.right is not None:
            yield from self.right


def build(low, high):
    if low >= high:
        return None
    mid = (low + high) // 2
    return Tree(build(low, mid), mid, build(mid + 1, high))


def accumulate_sent(n):
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x


n = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
print("size", n)
print("pipeline:", sum(squares(evens(numbers(n)))))
print("windows:", sum(a * b - c for a, b, c in windows(numbers(n), 3)) % 1000003)
print("first windows:", list(windows(numbers(6), 4)))
print("genexpr:", sum(x % 7 for x in range(n) if x % 3), max(x * 37 % 101 for x in range(n)))
print("any/all:", any(x > n for x in numbers(n)), all(x < n for x in numbers(n)))
print("chained:", sum(chained(numbers(n // 2), evens(numbers(n)), [1, 2, 3])))
tree = build(0, max(n // 4, 1))
walked = 0
for _ in range(4):
    walked += sum(tree)
print("tree walk:", walked, list(build(0, 10)))
acc = accumulate_sent(n)
next(acc)
for x in range(n):
    acc.send(x % 13)
try:
    acc.send(None)
except StopIteration as stop:
    print("sent total:", stop.value)
print("zip of generators:", sum(a * b for a, b in zip(numbers(n), squares(numbers(n)))) % 1000003)
