# group: py: check-then-act limit
import threading

LIMIT = 10
items = []


def offer(x):
    if len(items) < LIMIT:  # expect: GIL1002
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
