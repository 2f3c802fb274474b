# group: py: ThreadPoolExecutor workers
from concurrent.futures import ThreadPoolExecutor, wait


class Stats:
    def __init__(self):
        self.requests = 0
        self.bytes = 0

    def record(self, size):
        self.requests += 1  # expect: GIL1001
        self.bytes += size  # expect: GIL1001


def main():
    stats = Stats()
    with ThreadPoolExecutor(max_workers=8) as pool:
        futures = [pool.submit(stats.record, n) for n in range(500)]
        wait(futures)
    print(stats.requests, stats.bytes)


if __name__ == "__main__":
    main()
