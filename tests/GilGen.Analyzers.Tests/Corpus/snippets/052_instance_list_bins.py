# group: py: dict/list element read-modify-write
import threading


class Histogram:
    def __init__(self, n):
        self.bins = [0] * n

    def add(self, value):
        self.bins[value % len(self.bins)] += 1  # expect: GIL1001


def main():
    h = Histogram(3)

    def feed(start):
        for v in range(start, start + 300):
            h.add(v)

    threads = [threading.Thread(target=feed, args=(k * 300,)) for k in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(h.bins)


if __name__ == "__main__":
    main()
