# group: py precision: with lock
import threading


class Account:
    def __init__(self, balance):
        self.balance = balance
        self.lock = threading.Lock()

    def withdraw(self, amount):
        with self.lock:
            if self.balance >= amount:
                self.balance -= amount
                return True
            return False


def main():
    acct = Account(100)
    threads = [threading.Thread(target=acct.withdraw, args=(60,)) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(acct.balance)


if __name__ == "__main__":
    main()
