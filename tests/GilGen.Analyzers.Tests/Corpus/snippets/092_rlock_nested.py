# group: py precision: with lock
import threading


class Ledger:
    def __init__(self):
        self.lock = threading.RLock()
        self.entries = 0
        self.total = 0

    def post(self, amount):
        with self.lock:
            self.entries += 1
            self._apply(amount)

    def _apply(self, amount):
        with self.lock:
            self.total += amount


def main():
    ledger = Ledger()
    threads = [threading.Thread(target=lambda: [ledger.post(i) for i in range(100)]) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(ledger.entries, ledger.total)


if __name__ == "__main__":
    main()
