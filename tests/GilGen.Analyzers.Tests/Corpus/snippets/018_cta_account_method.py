# group: py: check-then-act balance
import threading


class Account:
    def __init__(self, balance):
        self.balance = balance

    def withdraw(self, amount):
        if self.balance >= amount:  # expect: GIL1002
            self.balance -= amount
            return True
        return False


def main():
    acct = Account(100)
    threads = [threading.Thread(target=acct.withdraw, args=(30,)) for _ in range(5)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(acct.balance)


if __name__ == "__main__":
    main()
