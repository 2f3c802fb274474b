# group: py: global counter read-modify-write
import threading

balance = 0
lock = threading.Lock()


def deposit():
    global balance
    for _ in range(10000):
        with lock:
            balance += 2  # expect: GIL1001


def charge():
    global balance
    for _ in range(10000):
        balance -= 1  # expect: GIL1001


def main():
    a = threading.Thread(target=deposit)
    b = threading.Thread(target=charge)
    a.start()
    b.start()
    a.join()
    b.join()
    print(balance)


if __name__ == "__main__":
    main()
