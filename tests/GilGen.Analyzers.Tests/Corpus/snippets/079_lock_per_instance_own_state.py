# group: py precision: with lock
import threading


class Account:
    def __init__(self):
        self.lock = threading.Lock()
        self.balance = 0

    def deposit(self, n):
        with self.lock:
            self.balance += n


def main():
    shared = Account()

    def run():
        for i in range(1000):
            shared.deposit(i)

    threads = [threading.Thread(target=run) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(shared.balance)


if __name__ == "__main__":
    main()
