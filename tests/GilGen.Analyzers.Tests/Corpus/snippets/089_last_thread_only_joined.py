# group: py: global counter read-modify-write
import threading

total = 0


def add(n):
    global total
    for _ in range(1000):
        total += n  # expect: GIL1001


def main():
    threads = []
    for n in range(4):
        t = threading.Thread(target=add, args=(n,))
        t.start()
        threads.append(t)
    threads[-1].join()
    print(total > 0)
    for t in threads:
        t.join()


if __name__ == "__main__":
    main()
