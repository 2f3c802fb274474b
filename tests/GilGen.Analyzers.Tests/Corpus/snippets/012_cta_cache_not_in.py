# group: py: check-then-act cache
import threading

cache = {}
computed = []


def expensive(key):
    computed.append(key)
    return key * 2


def lookup(key):
    if key not in cache:  # expect: GIL1002
        cache[key] = expensive(key)
    return cache[key]


def main():
    threads = [threading.Thread(target=lookup, args=(k % 5,)) for k in range(20)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(len(cache), len(computed))


if __name__ == "__main__":
    main()
