# group: py: dict/list element read-modify-write
import threading

counts = {"get": 0, "put": 0}


def serve(method, n):
    for _ in range(n):
        counts[method] = counts[method] + 1  # expect: GIL1001


def main():
    threads = [threading.Thread(target=serve, args=(m, 2000)) for m in ("get", "get", "put")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(counts)


if __name__ == "__main__":
    main()
