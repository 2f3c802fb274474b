# group: py precision: thread-confined state
import threading

results = [0] * 4


def work(slot):
    # Each thread writes only its own slot.
    for i in range(1000):
        results[slot] += i


def main():
    threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(sum(results))


if __name__ == "__main__":
    main()
