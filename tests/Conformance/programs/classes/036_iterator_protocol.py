# Iterator classes: __iter__ returning self or a new iterator, __next__, StopIteration, reuse and exhaustion.
class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1

class Range2:
    def __init__(self, start, stop, step=1):
        self.start, self.stop, self.step = start, stop, step

    def __iter__(self):
        return Range2Iter(self)

    def __len__(self):
        return max(0, (self.stop - self.start + self.step - 1) // self.step)

class Range2Iter:
    def __init__(self, r):
        self.r = r
        self.i = r.start

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= self.r.stop:
            raise StopIteration
        v = self.i
        self.i += self.r.step
        return v

cd = Countdown(4)
print(list(cd), list(cd))
print([x for x in Countdown(3)], sum(Countdown(10)), max(Countdown(5)))
r = Range2(1, 10, 3)
print(list(r), list(r), len(r), sorted(r, reverse=True))
it = iter(r)
print(next(it), next(it), next(it), next(it, "done"), next(it, "done"))
try:
    next(Countdown(0))
except StopIteration:
    print("StopIteration raised")
a, b, c = Countdown(3)
print(a, b, c)
print(dict(zip(Range2(0, 3), Countdown(3))), list(enumerate(Range2(5, 8))))
print(list(map(lambda v: v * v, Range2(0, 5))), list(filter(None, Countdown(3))))

class Fib:
    def __init__(self, limit):
        self.limit = limit

    def __iter__(self):
        self.a, self.b = 0, 1
        return self

    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        v = self.a
        self.a, self.b = self.b, self.a + self.b
        return v

print(list(Fib(100)), 21 in Fib(100), 22 in Fib(100))

class NotIter:
    def __iter__(self):
        return 5

try:
    iter(NotIter())
except TypeError as e:
    print("TypeError:", e)
try:
    for x in object():
        pass
except TypeError as e:
    print("TypeError:", e)
nested = [(i, j) for i in Range2(0, 2) for j in Countdown(2)]
print(nested)
