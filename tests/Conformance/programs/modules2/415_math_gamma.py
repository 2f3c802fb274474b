import math

def show(name, f, xs):
    for x in xs:
        try:
            print(f'{name}({x!r}) = {f(x)!r}')
        except (ValueError, OverflowError) as e:
            print(f'{name}({x!r}) -> {type(e).__name__}: {e}')

show('gamma', math.gamma, [1, 2, 3, 4.0, 10, 23, 24, 0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 0.1, 1e-5, 1e-25,
                           5.5, 12.75, 100.3, 141.0, 150.5, 171.6, 172.0, -170.5, -201.5, 0.0, -3.0,
                           float('inf'), float('-inf')])
show('lgamma', math.lgamma, [1, 2, 3.0, 0.5, 1.5, -0.5, -2.5, 10, 100, 1000.5, 1e10, 1e-30, 0.0, -4.0,
                             float('inf'), float('-inf'), 1e306])
print(math.isnan(math.gamma(float('nan'))), math.isnan(math.lgamma(float('nan'))))

# factorials through gamma agree with math.factorial for small n
for n in range(0, 21, 4):
    print(n, math.factorial(n), math.gamma(n + 1), math.factorial(n) == math.gamma(n + 1))

# the log of a binomial coefficient through lgamma
def log_comb(n, k):
    return math.lgamma(n + 1) - math.lgamma(k + 1) - math.lgamma(n - k + 1)

for n, k in [(10, 3), (50, 25), (1000, 10)]:
    exact = math.comb(n, k)
    print(n, k, exact, round(math.exp(log_comb(n, k))), abs(math.log(exact) - log_comb(n, k)) < 1e-9)

# Beta function and a gamma-based volume of the unit n-ball
def beta(a, b):
    return math.gamma(a) * math.gamma(b) / math.gamma(a + b)

print([round(beta(a, b), 12) for a, b in [(1, 1), (2, 3), (0.5, 0.5), (2.5, 1.5)]])
print([round(math.pi ** (n / 2) / math.gamma(n / 2 + 1), 10) for n in range(1, 9)])
print(math.gamma(0.5) ** 2 == math.pi or abs(math.gamma(0.5) ** 2 - math.pi) < 1e-15)
try:
    math.gamma('x')
except TypeError as e:
    print('TypeError:', e)
