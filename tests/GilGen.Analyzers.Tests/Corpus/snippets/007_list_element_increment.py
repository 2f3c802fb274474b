# group: py: dict/list element read-modify-write
import threading

buckets = [0] * 4


def fill(values):
    for v in values:
        buckets[v % 4] += 1  # expect: GIL1001


def main():
    data = list(range(1000))
    threads = [threading.Thread(target=fill, args=(data[i::3],)) for i in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(sum(buckets))


if __name__ == "__main__":
    main()
