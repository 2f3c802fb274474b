# group: py: instance attribute read-modify-write
from concurrent.futures import ThreadPoolExecutor


class Countdown:
    def __init__(self, n):
        self.remaining = n

    def tick(self, _):
        self.remaining -= 1  # expect: GIL1001


def main():
    c = Countdown(1000)
    with ThreadPoolExecutor(max_workers=4) as pool:
        list(pool.map(c.tick, range(1000)))
    print(c.remaining)


if __name__ == "__main__":
    main()
