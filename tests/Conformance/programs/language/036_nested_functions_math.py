# Numeric helpers built from nested functions and closures: derivative, integral, Newton.
def derivative(f, h=1e-6):
    def df(x):
        return (f(x + h) - f(x - h)) / (2 * h)
    return df

def integral(f, a, b, n=1000):
    width = (b - a) / n
    return sum(f(a + (i + 0.5) * width) for i in range(n)) * width

def newton(f, guess, steps=20):
    df = derivative(f)
    x = guess
    for _ in range(steps):
        x = x - f(x) / df(x)
    return x

cube = lambda x: x ** 3
print(round(derivative(cube)(2.0), 4), round(integral(cube, 0, 2), 4))
print(round(newton(lambda x: x * x - 2, 1.0), 10), round(newton(lambda x: x ** 3 - 27, 5.0), 8))

def polynomial(*coeffs):
    def p(x):
        result = 0
        for c in coeffs:
            result = result * x + c
        return result
    p.degree = len(coeffs) - 1
    return p

p = polynomial(1, -3, 2)
print([p(x) for x in range(5)], p.degree, round(newton(p, 5.0), 6))

def memo_table(f):
    table = {}
    def g(*args):
        if args not in table:
            table[args] = f(*args)
        return table[args]
    g.table = table
    return g

@memo_table
def binom(n, k):
    return 1 if k in (0, n) else binom(n - 1, k - 1) + binom(n - 1, k)

print([binom(8, k) for k in range(9)], len(binom.table), binom(60, 30))
