# group: py: check-then-act limit
import threading


class Batcher:
    def __init__(self, size):
        self.size = size
        self.batch = []

    def add(self, x):
        if len(self.batch) < self.size:  # expect: GIL1002
            self.batch.append(x)


def main():
    b = Batcher(8)
    threads = [threading.Thread(target=b.add, args=(i,)) for i in range(50)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(len(b.batch))


if __name__ == "__main__":
    main()
