# group: py precision: thread-confined state
import threading

out = {}


def fib_worker(n):
    a, b = 0, 1
    count = 0
    for _ in range(n):
        a, b = b, a + b
        count += 1
    out[n] = (a, count)  # a single store per key, keys differ


def main():
    threads = [threading.Thread(target=fib_worker, args=(n,)) for n in (10, 20, 30)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(sorted(out.items()))


if __name__ == "__main__":
    main()
