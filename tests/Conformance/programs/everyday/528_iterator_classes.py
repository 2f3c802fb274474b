# Iterator classes: __iter__/__next__, reusable iterables vs one-shot iterators, sentinel iteration, itertools-like tools.
class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        return CountdownIterator(self.start)

class CountdownIterator:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

c = Countdown(3)
print(list(c), list(c), [x * y for x in c for y in c][:5])
it = iter(c)
print(next(it), next(it), next(it), next(it, "done"), list(it))

class Fib:
    def __init__(self, limit):
        self.a, self.b, self.limit = 0, 1, limit
    def __iter__(self):
        return self
    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        value = self.a
        self.a, self.b = self.b, self.a + self.b
        return value
f = Fib(100)
print(list(f), list(f), sum(Fib(10 ** 6)))

class Cycle:
    def __init__(self, items, times):
        self.items, self.times = list(items), times
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= len(self.items) * self.times:
            raise StopIteration
        item = self.items[self.i % len(self.items)]
        self.i += 1
        return item
print("".join(Cycle("abc", 3)), list(zip(Cycle([1, 2], 5), "wxyz")))

class Chunked:
    def __init__(self, iterable, size):
        self.it = iter(iterable)
        self.size = size
    def __iter__(self):
        return self
    def __next__(self):
        chunk = []
        for _ in range(self.size):
            try:
                chunk.append(next(self.it))
            except StopIteration:
                break
        if not chunk:
            raise StopIteration
        return chunk
print(list(Chunked(range(10), 4)), list(Chunked("", 3)), list(Chunked(Fib(50), 3)))

class Peekable:
    _empty = object()
    def __init__(self, iterable):
        self.it = iter(iterable)
        self.buf = Peekable._empty
    def peek(self, default=None):
        if self.buf is Peekable._empty:
            try:
                self.buf = next(self.it)
            except StopIteration:
                return default
        return self.buf
    def __iter__(self):
        return self
    def __next__(self):
        if self.buf is not Peekable._empty:
            v, self.buf = self.buf, Peekable._empty
            return v
        return next(self.it)
p = Peekable([1, 2, 3])
print(p.peek(), p.peek(), next(p), p.peek(), list(p), p.peek("end"))

def group_runs(seq):
    p = Peekable(seq)
    out = []
    for x in p:
        run = [x]
        while p.peek() == x:
            run.append(next(p))
        out.append((x, len(run)))
    return out
print(group_runs("aaabccdddd"), group_runs([1, 1, 2, 1]))

lines = iter(["first", "second", "", "never"])
print(list(iter(lambda: next(lines), "")))
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 5)))

class Squares:
    def __getitem__(self, i):
        if i >= 6:
            raise IndexError(i)
        return i * i
print(list(Squares()), 16 in Squares(), 17 in Squares(), list(reversed([s for s in Squares()])))
it = iter([1, 2, 3, 4, 5, 6])
print(list(zip(it, it)), list(map(lambda a, b: a + b, Countdown(3), Fib(10))))
print(sorted(Countdown(5)), max(Fib(1000)), min(Countdown(4)), any(x > 50 for x in Fib(100)), all(Countdown(3)))
print(dict(zip(Countdown(3), "abc")), set(Countdown(4)) == {1, 2, 3, 4}, tuple(enumerate(Countdown(2), 10)))
a, b, *rest = Countdown(5)
print(a, b, rest)
