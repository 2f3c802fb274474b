# Closures kept by decorators: call counters, memoizers, once-only functions.
def counted(func):
    calls = 0
    def wrapper(*args):
        nonlocal calls
        calls += 1
        return func(*args)
    def count():
        return calls
    wrapper.count = count
    return wrapper

def memoize(func):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = func(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper

@counted
def square(x):
    return x * x

for i in range(5):
    square(i)
print("square calls:", square.count())

@counted
@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print([fib(n) for n in range(15)])
print("fib calls:", fib.count())
print(fib(80))

def once(func):
    done = False
    result = None
    def wrapper(*args):
        nonlocal done, result
        if not done:
            result = func(*args)
            done = True
        return result
    return wrapper

@once
def setup(x):
    print("setting up with", x)
    return x * 10

print(setup(1), setup(2), setup(3))

def make_accumulator(start):
    total = start
    def add(v):
        nonlocal total
        total += v
        return total
    return add

acc = make_accumulator(100)
print([acc(v) for v in (1, 2, 3, -6)])
other = make_accumulator(0)
print(other(5), acc(0))
