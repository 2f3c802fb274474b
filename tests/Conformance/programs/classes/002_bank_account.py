# A bank account with a custom exception hierarchy, class-level counters and a history.
class BankError(Exception):
    pass

class InsufficientFunds(BankError):
    def __init__(self, needed, available):
        super().__init__("need %d, have %d" % (needed, available))
        self.needed = needed
        self.available = available

class AccountClosed(BankError):
    pass

class Account:
    count = 0

    def __init__(self, owner, balance=0):
        Account.count += 1
        self.number = Account.count
        self.owner = owner
        self.balance = balance
        self.history = []
        self.open = True

    def deposit(self, amount):
        if not self.open:
            raise AccountClosed("account %d is closed" % self.number)
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))
        return self.balance

    def withdraw(self, amount):
        if not self.open:
            raise AccountClosed("account %d is closed" % self.number)
        if amount > self.balance:
            raise InsufficientFunds(amount, self.balance)
        self.balance -= amount
        self.history.append(("withdraw", amount))
        return self.balance

    def transfer(self, other, amount):
        self.withdraw(amount)
        other.deposit(amount)

    def close(self):
        self.open = False

    def __repr__(self):
        return "Account(#%d, %s, %d)" % (self.number, self.owner, self.balance)

alice = Account("alice", 100)
bob = Account("bob")
print(alice, bob, Account.count)
print(alice.deposit(50), alice.withdraw(30))
alice.transfer(bob, 70)
print(alice, bob)
for amount in [10, 500, -5]:
    try:
        print("withdraw", amount, "->", bob.withdraw(amount))
    except InsufficientFunds as e:
        print("insufficient:", e, e.needed, e.available, e.args)
    try:
        print("deposit", amount, "->", bob.deposit(amount))
    except ValueError as e:
        print("bad deposit:", e)
bob.close()
try:
    bob.deposit(1)
except BankError as e:
    print(type(e).__name__, e, isinstance(e, AccountClosed), isinstance(e, Exception))
print(alice.history)
print(bob.history)
print(issubclass(InsufficientFunds, BankError), issubclass(BankError, InsufficientFunds))
carol = Account("carol", 5)
print(carol.number, Account.count, carol)
