# group: py precision: with lock
import threading
from concurrent.futures import ThreadPoolExecutor


class RateLimiter:
    def __init__(self, limit):
        self.limit = limit
        self.calls = 0
        self.lock = threading.Lock()

    def allow(self):
        with self.lock:
            if self.calls < self.limit:
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
