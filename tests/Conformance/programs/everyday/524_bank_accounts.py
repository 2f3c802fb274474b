# Classes: a bank with accounts, transactions, interest, overdraft rules and statements.
class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {amount:.2f}; balance {account.balance:.2f}")
        self.shortfall = amount - account.balance

class Account:
    _next_number = 1000
    kind = "basic"
    def __init__(self, owner, balance=0.0):
        if balance < 0:
            raise ValueError("opening balance must not be negative")
        self.owner = owner
        self.balance = balance
        self.number = Account._next_number
        Account._next_number += 1
        self.history = [("open", balance)]
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError(f"deposit must be positive, got {amount}")
        self.balance += amount
        self.history.append(("deposit", amount))
        return self
    def can_withdraw(self, amount):
        return amount <= self.balance
    def withdraw(self, amount):
        if not self.can_withdraw(amount):
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("withdraw", amount))
        return self
    def month_end(self):
        pass
    def statement(self):
        lines = [f"{self.kind} #{self.number} {self.owner}"]
        running = 0.0
        for what, amount in self.history:
            running += -amount if what in ("withdraw", "fee", "transfer-out") else amount
            lines.append(f"  {what:<12}{amount:>10.2f}{running:>12.2f}")
        return "\n".join(lines)
    def __repr__(self):
        return f"{type(self).__name__}({self.owner!r}, {self.balance:.2f})"
    def __eq__(self, other):
        return isinstance(other, Account) and self.number == other.number
    def __hash__(self):
        return hash(self.number)
    def __lt__(self, other):
        return self.balance < other.balance

class Savings(Account):
    kind = "savings"
    def __init__(self, owner, balance=0.0, rate=0.02):
        super().__init__(owner, balance)
        self.rate = rate
    def month_end(self):
        interest = round(self.balance * self.rate / 12, 2)
        if interest:
            self.balance += interest
            self.history.append(("interest", interest))

class Checking(Account):
    kind = "checking"
    fee = 5.0
    def __init__(self, owner, balance=0.0, overdraft=100.0):
        super().__init__(owner, balance)
        self.overdraft = overdraft
    def can_withdraw(self, amount):
        return amount <= self.balance + self.overdraft
    def month_end(self):
        if self.balance < 0:
            self.balance -= self.fee
            self.history.append(("fee", self.fee))

class Bank:
    def __init__(self, name):
        self.name = name
        self.accounts = {}
    def open(self, cls, *args, **kwargs):
        acct = cls(*args, **kwargs)
        self.accounts[acct.number] = acct
        return acct
    def transfer(self, src, dst, amount):
        src.withdraw(amount)
        src.history[-1] = ("transfer-out", amount)
        dst.deposit(amount)
        dst.history[-1] = ("transfer-in", amount)
    def month_end(self):
        for acct in self.accounts.values():
            acct.month_end()
    def total(self):
        return sum(a.balance for a in self.accounts.values())
    def __len__(self):
        return len(self.accounts)
    def __iter__(self):
        return iter(sorted(self.accounts.values(), key=lambda a: a.number))

bank = Bank("First Python")
alice = bank.open(Savings, "alice", 1000.0, rate=0.06)
bob = bank.open(Checking, "bob", 50.0)
carol = bank.open(Account, "carol")
print(list(bank), len(bank), f"{bank.total():.2f}")
alice.deposit(250).withdraw(100)
bob.withdraw(120)
for attempt in [(bob, 100), (carol, 1), (alice, 5000)]:
    try:
        attempt[0].withdraw(attempt[1])
    except InsufficientFunds as e:
        print("InsufficientFunds:", e, "| shortfall", round(e.shortfall, 2))
for bad in [lambda: carol.deposit(0), lambda: Account("x", -5)]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
bank.transfer(alice, carol, 300)
bank.month_end()
bank.month_end()
for acct in bank:
    print(acct.statement())
print(sorted(bank), max(bank), min(bank, key=lambda a: a.owner))
print(alice == bank.accounts[alice.number], alice == bob, len({alice, bob, carol, alice}), f"{bank.total():.2f}")
print([a.kind for a in bank], Savings.__mro__[1].__name__, isinstance(bob, Account), Checking.fee, bob.fee)
