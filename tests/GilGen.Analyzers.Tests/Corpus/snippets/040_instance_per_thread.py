# group: py precision: thread-confined state
import threading


class Tally:
    def __init__(self):
        self.n = 0

    def add(self, k):
        self.n += k


def work(out, slot):
    tally = Tally()  # every thread has its own instance
    for i in range(100):
        tally.add(i)
    out[slot] = tally.n


def main():
    out = [0] * 4
    threads = [threading.Thread(target=work, args=(out, i)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(sum(out))


if __name__ == "__main__":
    main()
