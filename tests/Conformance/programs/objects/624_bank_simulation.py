# A bank with accounts of several kinds, transfers that can fail, monthly interest and fees, and a
# statement: classes, class-level rates, exceptions carrying data, sorting and formatting.


class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__("%s cannot pay %.2f (balance %.2f)" % (account.owner, amount, account.balance))
        self.account = account
        self.amount = amount


class Account:
    rate = 0.0
    fee = 0.0
    next_number = 1000

    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self.balance = balance
        self.number = Account.next_number
        Account.next_number += 1
        self.history = []

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive, got %r" % amount)
        self.balance += amount
        self.history.append(("dep", amount))

    def withdraw(self, amount):
        if amount > self.available():
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("wd", amount))

    def available(self):
        return self.balance

    def month_end(self):
        interest = round(self.balance * self.rate / 12, 2)
        self.balance += interest - self.fee
        self.history.append(("int", interest))

    def __repr__(self):
        return "%s#%d(%s, %.2f)" % (type(self).__name__, self.number, self.owner, self.balance)


class Savings(Account):
    rate = 0.03


class Checking(Account):
    fee = 1.5
    overdraft = 100.0

    def available(self):
        return self.balance + self.overdraft


class Premium(Checking):
    fee = 0.0
    rate = 0.01
    overdraft = 1000.0


def transfer(src, dst, amount):
    try:
        src.withdraw(amount)
    except InsufficientFunds as e:
        return "failed: %s" % e
    dst.deposit(amount)
    return "ok"


accounts = [Savings("ann", 500), Checking("bob", 50), Premium("cy", 20), Checking("dee")]
print(accounts)
moves = [(0, 1, 200), (1, 3, 300), (2, 0, 900), (3, 2, 80), (1, 2, 5000), (0, 3, 299.99)]
for s, d, amt in moves:
    print("%s -> %s %.2f: %s" % (accounts[s].owner, accounts[d].owner, amt, transfer(accounts[s], accounts[d], amt)))
for month in range(1, 4):
    for a in accounts:
        a.month_end()
    print("month", month, ["%.2f" % a.balance for a in accounts])
try:
    accounts[0].deposit(-5)
except ValueError as e:
    print("ValueError:", e)
for a in sorted(accounts, key=lambda a: a.balance, reverse=True):
    print(a, len(a.history), sum(x for kind, x in a.history if kind == "dep"))
print(round(sum(a.balance for a in accounts), 2), Account.next_number)
