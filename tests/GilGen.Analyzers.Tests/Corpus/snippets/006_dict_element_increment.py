# group: py: dict/list element read-modify-write
import threading

counts = {"a": 0, "b": 0}


def tally(key, n):
    for _ in range(n):
        counts[key] += 1  # expect: GIL1001


def main():
    threads = [threading.Thread(target=tally, args=(k, 1000)) for k in ("a", "b", "a", "b")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(counts)


if __name__ == "__main__":
    main()
