# group: py precision: with lock
import threading

hits = 0
lock = threading.Lock()


def work():
    global hits
    for _ in range(10000):
        with lock:
            hits += 1


def main():
    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(hits)


if __name__ == "__main__":
    main()
