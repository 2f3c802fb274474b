# group: py: global counter read-modify-write
import threading

operations = 0


class Account:
    def __init__(self):
        self.lock = threading.Lock()
        self.balance = 0

    def deposit(self, n):
        global operations
        with self.lock:
            self.balance += n
            operations += 1  # expect: GIL1001


def main():
    accounts = [Account(), Account()]

    def run(acct):
        for i in range(1000):
            acct.deposit(i)

    threads = [threading.Thread(target=run, args=(a,)) for a in accounts]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(operations)


if __name__ == "__main__":
    main()
