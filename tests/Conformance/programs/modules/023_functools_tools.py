# functools: reduce, partial, cmp_to_key, wraps, update_wrapper.
import functools
import operator

print(functools.reduce(operator.add, [1, 2, 3, 4, 5]))
print(functools.reduce(operator.mul, range(1, 11)))
print(functools.reduce(lambda acc, x: acc * 10 + x, [3, 1, 4, 1, 5], 0))
print(functools.reduce(max, [3, 9, 2, 7]))
print(functools.reduce(operator.add, [], "start"))
print(functools.reduce(lambda a, b: a + [b * b], range(5), []))
try:
    functools.reduce(operator.add, [])
except TypeError as e:
    print("TypeError:", e)

def power(base, exponent):
    return base ** exponent

square = functools.partial(power, exponent=2)
cube = functools.partial(power, exponent=3)
print([square(n) for n in range(6)], [cube(n) for n in range(6)])
two_to = functools.partial(power, 2)
print([two_to(n) for n in range(10)])
print(square.func is power, square.args, square.keywords)
print(two_to.args, two_to.keywords)
base10 = functools.partial(int, base=10)
hexint = functools.partial(int, base=16)
print(base10("42"), hexint("ff"), hexint("10", base=2))
p2 = functools.partial(functools.partial(power, 3), exponent=4)
print(p2(), p2.args, p2.keywords)
joiner = functools.partial("-".join)
print(joiner(["a", "b", "c"]))

def compare_length_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)

words = ["pear", "fig", "banana", "kiwi", "apple", "date", "plum"]
print(sorted(words, key=functools.cmp_to_key(compare_length_then_alpha)))
print(sorted(words, key=functools.cmp_to_key(compare_length_then_alpha), reverse=True))
print(sorted([5, 2, 9, 1], key=functools.cmp_to_key(lambda a, b: b - a)))
print(min(words, key=functools.cmp_to_key(compare_length_then_alpha)))
print(max(words, key=functools.cmp_to_key(compare_length_then_alpha)))
K = functools.cmp_to_key(lambda a, b: a - b)
print(K(1) < K(2), K(3) == K(3), K(5) >= K(9))

def logged(func):
    def wrapper(x):
        return func(x) + 1
    return functools.wraps(func)(wrapper)

def double(x):
    return x * 2

d = logged(double)
print(d(5), d.__name__, d.__qualname__, d.__wrapped__ is double)

def plain(x):
    return x

def target(y):
    return y

target.marker = "copied"

w = functools.update_wrapper(plain, target)
print(w is plain, plain.__name__, plain.marker, plain.__wrapped__.__name__)
