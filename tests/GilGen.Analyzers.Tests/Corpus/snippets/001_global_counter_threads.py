# group: py: global counter read-modify-write
import threading

hits = 0


def work():
    global hits
    for _ in range(10000):
        hits += 1  # expect: GIL1001


def main():
    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(hits)


if __name__ == "__main__":
    main()
