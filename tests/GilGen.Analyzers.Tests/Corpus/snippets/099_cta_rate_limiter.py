# group: py: check-then-act limit
from concurrent.futures import ThreadPoolExecutor


class RateLimiter:
    def __init__(self, limit):
        self.limit = limit
        self.calls = 0

    def allow(self):
        if self.calls < self.limit:  # expect: GIL1002
            self.calls += 1
            return True
        return False


def main():
    rl = RateLimiter(10)
    with ThreadPoolExecutor(max_workers=8) as pool:
        allowed = list(pool.map(lambda _: rl.allow(), range(100)))
    print(sum(allowed), rl.calls)


if __name__ == "__main__":
    main()
