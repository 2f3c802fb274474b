def outer(x):
    def inner(y):
        return x + y
    return inner

def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc

def deep(a):
    def middle():
        def inner():
            return a
        return inner
    return middle

def lambdas(k):
    f = lambda x: x * k
    g = lambda x, y=2: x + y
    h = lambda: None
    return f, g, h

def param_cell(a, b):
    def get():
        return a
    b = a
    return get
