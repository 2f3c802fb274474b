# group: py: check-then-act limit
import threading

jobs = list(range(100))
done = []


def worker():
    while True:
        if not jobs:  # expect: GIL1002
            return
        done.append(jobs.pop())


def main():
    threads = [threading.Thread(target=worker) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(len(done))


if __name__ == "__main__":
    main()
