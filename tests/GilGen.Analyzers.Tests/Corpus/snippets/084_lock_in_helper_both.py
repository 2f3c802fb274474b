# group: py precision: with lock
import threading

lock = threading.Lock()
slots = {"free": 3}
taken = []


def take(who):
    with lock:
        if slots["free"] > 0:
            slots["free"] -= 1
            taken.append(who)


def main():
    threads = [threading.Thread(target=take, args=(i,)) for i in range(10)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(slots, len(taken))


if __name__ == "__main__":
    main()
