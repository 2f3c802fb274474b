# group: py: global counter read-modify-write
import threading

total = 0


def add(n):
    global total
    for i in range(n):
        total = total + i  # expect: GIL1001


def main():
    a = threading.Thread(target=add, args=(1000,))
    b = threading.Thread(target=add, args=(2000,))
    a.start()
    b.start()
    a.join()
    b.join()
    print(total)


if __name__ == "__main__":
    main()
