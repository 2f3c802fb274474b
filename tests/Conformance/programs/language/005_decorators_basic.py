# Decorators: plain, with arguments, stacked, on functions and classes.
def shout(func):
    def wrapper(*args, **kwargs):
        return str(func(*args, **kwargs)).upper() + "!"
    wrapper.__name__ = func.__name__
    return wrapper

def repeat(times):
    def deco(func):
        def wrapper(*args):
            return [func(*args) for _ in range(times)]
        return wrapper
    return deco

def trace(label):
    def deco(func):
        def wrapper(*args, **kwargs):
            print(f"[{label}] call {func.__name__}{args}")
            result = func(*args, **kwargs)
            print(f"[{label}] -> {result!r}")
            return result
        wrapper.__name__ = func.__name__
        return wrapper
    return deco

@shout
def greet(name):
    return "hello " + name

@repeat(3)
def roll(n):
    return n * 2

@trace("outer")
@trace("inner")
def add(a, b):
    return a + b

print(greet("world"), greet.__name__)
print(roll(4))
print(add(2, 3))

order = []
def mark(tag):
    order.append("make " + tag)
    def deco(f):
        order.append("apply " + tag)
        return f
    return deco

@mark("a")
@mark("b")
@mark("c")
def target():
    return "t"

print(order, target())

registry = {}
def register(cls):
    registry[cls.__name__] = cls
    return cls

@register
class Alpha:
    pass

@register
class Beta:
    pass

print(sorted(registry))
print((lambda f: f)(lambda: 42)())
