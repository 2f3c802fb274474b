# Callable instances (__call__), functions stored on classes and instances, callable().
class Counter:
    def __init__(self, start=0, step=1):
        self.value = start
        self.step = step

    def __call__(self, times=1):
        self.value += self.step * times
        return self.value

c = Counter()
print(c(), c(), c(5), c.value)
c2 = Counter(100, -10)
print([c2() for _ in range(3)])
print(callable(c), callable(Counter), callable(3), callable(len), callable(c.__call__))

class Multiplier:
    def __init__(self, k):
        self.k = k

    def __call__(self, x):
        return x * self.k

double = Multiplier(2)
triple = Multiplier(3)
print(list(map(double, [1, 2, 3])), sorted([5, 1, 4], key=triple))
print(double(triple(4)), Multiplier(0.5)(9))

class Pipeline:
    def __init__(self, *steps):
        self.steps = steps

    def __call__(self, value):
        for step in self.steps:
            value = step(value)
        return value

p = Pipeline(double, lambda v: v + 1, str, len)
print(p(12345), Pipeline()(7), Pipeline(Pipeline(double), triple)(1))

class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}
        self.calls = 0

    def __call__(self, n):
        self.calls += 1
        if n not in self.cache:
            self.cache[n] = self.fn(n)
        return self.cache[n]

def slow_fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

fib = Memo(slow_fib)
print(fib(40), fib.calls, len(fib.cache))

class Holder:
    pass

h = Holder()
h.func = lambda x: x + 1
print(h.func(1))
Holder.method = lambda self, x: x * 10
print(h.method(4), Holder.method(h, 5))
try:
    Holder()()
except TypeError as e:
    print("TypeError:", e)
