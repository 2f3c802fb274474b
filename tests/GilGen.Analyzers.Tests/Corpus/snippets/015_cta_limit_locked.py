# group: py precision: with lock
import threading

LIMIT = 10
items = []
lock = threading.Lock()


def offer(x):
    with lock:
        if len(items) < LIMIT:
            items.append(x)


def main():
    threads = [threading.Thread(target=offer, args=(i,)) for i in range(50)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(len(items))


if __name__ == "__main__":
    main()
