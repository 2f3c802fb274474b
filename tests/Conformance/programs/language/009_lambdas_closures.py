# Lambdas as values, keys and callbacks; closures capturing loop variables.
pairs = [("banana", 3), ("apple", 7), ("cherry", 3), ("date", 1)]
print(sorted(pairs, key=lambda p: (p[1], p[0])))
print(sorted(pairs, key=lambda p: -p[1]))
print(list(map(lambda p: p[0].upper(), pairs)))
print(list(filter(lambda p: p[1] > 2, pairs)))

ops = {
    "add": lambda a, b: a + b,
    "sub": lambda a, b: a - b,
    "mul": lambda a, b: a * b,
    "pow": lambda a, b=2: a ** b,
}
for name in sorted(ops):
    print(name, ops[name](7, 3))
print(ops["pow"](5))

late = [lambda: i for i in range(4)]
early = [lambda i=i: i for i in range(4)]
print([f() for f in late], [f() for f in early])

def make_multipliers():
    return [lambda x, k=k: x * k for k in range(1, 5)]

print([m(10) for m in make_multipliers()])

compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
print((lambda *a, **k: (a, sorted(k)))(1, 2, z=3, y=4))
print((lambda x, /, y=1, *, z=2: x + y + z)(10, z=5))

def adder(n):
    return lambda x: x + n

adders = [adder(n) for n in range(3)]
print([a(100) for a in adders])
curry = lambda a: lambda b: lambda c: a * 100 + b * 10 + c
print(curry(1)(2)(3))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10), (lambda: "no args")())
