# group: py precision: join before access
import threading

cache = {}
results = []


def compute(k):
    results.append(k * k)


def main():
    threads = [threading.Thread(target=compute, args=(k,)) for k in range(5)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for r in results:
        if r not in cache:
            cache[r] = len(cache)
    print(len(cache))


if __name__ == "__main__":
    main()
