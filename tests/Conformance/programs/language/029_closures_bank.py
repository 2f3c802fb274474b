# A bank account built from closures only: nonlocal state, validation, history.
def open_account(owner, balance=0):
    history = []

    def deposit(amount):
        nonlocal balance
        if amount <= 0:
            raise ValueError(f"deposit must be positive, got {amount}")
        balance += amount
        history.append(("deposit", amount))
        return balance

    def withdraw(amount):
        nonlocal balance
        if amount > balance:
            raise ValueError(f"{owner} cannot withdraw {amount}: balance is {balance}")
        balance -= amount
        history.append(("withdraw", amount))
        return balance

    def report():
        lines = [f"{kind:>8}: {amount:6.2f}" for kind, amount in history]
        return "\n".join([f"account of {owner}"] + lines + [f" balance: {balance:6.2f}"])

    return {"deposit": deposit, "withdraw": withdraw, "report": report, "balance": lambda: balance}

acct = open_account("ada", 10)
print(acct["deposit"](25), acct["withdraw"](5), acct["balance"]())
for action, amount in [("withdraw", 100), ("deposit", -3), ("deposit", 2.5)]:
    try:
        print(action, amount, "->", acct[action](amount))
    except ValueError as e:
        print("refused:", e)
print(acct["report"]())
other = open_account("bob")
other["deposit"](1)
print(other["balance"](), acct["balance"](), other["report"]().splitlines()[0])
