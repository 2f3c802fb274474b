# group: py: instance attribute read-modify-write
import threading


class Watermark:
    def __init__(self):
        self.high = 0

    def observe(self, v):
        self.high = max(self.high, v)  # expect: GIL1001


def main():
    w = Watermark()
    threads = [threading.Thread(target=lambda k=k: [w.observe((i * 37 + k) % 1000) for i in range(500)]) for k in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(w.high)


if __name__ == "__main__":
    main()
