# group: py precision: with lock
import threading

cache = {}
lock = threading.Lock()


def expensive(key):
    return key * 2


def lookup(key):
    with lock:
        if key not in cache:
            cache[key] = expensive(key)
        return cache[key]


def main():
    threads = [threading.Thread(target=lookup, args=(k % 5,)) for k in range(20)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(sorted(cache.items()))


if __name__ == "__main__":
    main()
