# group: py: instance attribute read-modify-write
import threading


class Counter:
    def __init__(self):
        self.count = 0

    def increment(self):
        self.count += 1  # expect: GIL1001


def main():
    counter = Counter()

    def run():
        for _ in range(5000):
            counter.increment()

    threads = [threading.Thread(target=run) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(counter.count)


if __name__ == "__main__":
    main()
