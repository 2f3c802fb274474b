# Objects with __call__, callable(), bound and unbound methods as values, and methods stored in containers.


class Multiplier:
    def __init__(self, k):
        self.k = k
        self.calls = 0

    def __call__(self, x):
        self.calls += 1
        return x * self.k


double, triple = Multiplier(2), Multiplier(3)
print([double(i) for i in range(5)], list(map(triple, [1, 2, 3])))
print(double.calls, triple.calls, callable(double), callable(5), callable(Multiplier), callable(print))


class Pipeline:
    def __init__(self, *steps):
        self.steps = list(steps)

    def __call__(self, value):
        for step in self.steps:
            value = step(value)
        return value

    def then(self, step):
        return Pipeline(*self.steps, step)


p = Pipeline(double, str.upper if False else (lambda v: v + 1), triple)
print(p(1), p(10), p.then(abs).then(lambda v: -v)(4))


class Account:
    def __init__(self, balance):
        self.balance = balance

    def deposit(self, n):
        self.balance += n
        return self.balance

    def withdraw(self, n):
        self.balance -= n
        return self.balance


acct = Account(100)
actions = [acct.deposit, acct.withdraw, acct.deposit]
for f, n in zip(actions, [50, 30, 5]):
    print(f.__name__, f(n))
unbound = Account.deposit
print(unbound(acct, 1), acct.balance)
m = acct.deposit
print(m.__self__ is acct, m.__func__ is Account.deposit, m == acct.deposit)
ops = {"+": Account.deposit, "-": Account.withdraw}
for sym, amount in [("+", 10), ("-", 200), ("+", 1)]:
    print(sym, amount, ops[sym](acct, amount))


class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}

    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.fn(n)
        return self.cache[n]


@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), len(fib.cache), type(fib).__name__)
