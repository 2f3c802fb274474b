# group: py: global counter read-modify-write
import threading


def main():
    done = 0

    def worker():
        nonlocal done
        for _ in range(1000):
            done += 1  # expect: GIL1001

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(done)


if __name__ == "__main__":
    main()
