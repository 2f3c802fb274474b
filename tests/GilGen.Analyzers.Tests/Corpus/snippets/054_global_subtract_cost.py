# group: py: global counter read-modify-write
import threading

budget = 10000


def spend(cost, times):
    global budget
    for _ in range(times):
        budget -= cost  # expect: GIL1001


def main():
    threads = [threading.Thread(target=spend, args=(c, 1000)) for c in (1, 2, 3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(budget)


if __name__ == "__main__":
    main()
