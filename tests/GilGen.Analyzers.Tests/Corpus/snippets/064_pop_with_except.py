# group: py precision: thread-confined state
import threading

jobs = list(range(100))
done = []


def worker():
    while True:
        try:
            job = jobs.pop()  # one atomic operation: no separate check
        except IndexError:
            return
        done.append(job * 2)


def main():
    threads = [threading.Thread(target=worker) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(len(done))


if __name__ == "__main__":
    main()
