# group: py: check-then-act limit
import threading

lock = threading.Lock()
items = []
LIMIT = 5


def size():
    with lock:
        return len(items)


def offer(x):
    if size() < LIMIT:  # expect: GIL1002
        with lock:
            items.append(x)


def main():
    threads = [threading.Thread(target=offer, args=(i,)) for i in range(40)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(len(items))


if __name__ == "__main__":
    main()
