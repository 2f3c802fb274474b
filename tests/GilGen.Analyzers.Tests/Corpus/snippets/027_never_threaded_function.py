# group: py precision: not run on threads
import threading

calls = 0


def record():
    global calls
    calls += 1  # only ever called from main()


def compute(n):
    return sum(range(n))


def main():
    threads = [threading.Thread(target=compute, args=(1000,)) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for _ in range(5):
        record()
    print(calls)


if __name__ == "__main__":
    main()
