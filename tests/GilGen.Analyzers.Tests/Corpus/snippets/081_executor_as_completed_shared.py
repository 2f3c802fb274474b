# group: py: ThreadPoolExecutor workers
from concurrent.futures import ThreadPoolExecutor, as_completed


class Progress:
    def __init__(self):
        self.done = 0


def job(progress, n):
    total = sum(range(n))
    progress.done += 1  # expect: GIL1001
    return total


def main():
    progress = Progress()
    with ThreadPoolExecutor(max_workers=4) as pool:
        futures = [pool.submit(job, progress, n) for n in range(100)]
        total = sum(f.result() for f in as_completed(futures))
    print(total, progress.done)


if __name__ == "__main__":
    main()
