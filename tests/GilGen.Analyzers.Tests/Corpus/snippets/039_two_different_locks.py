# group: py: global counter read-modify-write
import threading

version = 0
read_lock = threading.Lock()
write_lock = threading.Lock()


def publish():
    global version
    with write_lock:
        version += 1  # expect: GIL1001


def refresh():
    global version
    with read_lock:
        version += 10  # expect: GIL1001


def main():
    threads = [threading.Thread(target=publish) for _ in range(5)]
    threads += [threading.Thread(target=refresh) for _ in range(5)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(version)


if __name__ == "__main__":
    main()
