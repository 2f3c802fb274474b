# group: py: global counter read-modify-write
import threading

count = 0


def work():
    global count
    for _ in range(100000):
        count += 1  # expect: GIL1001


def main():
    global count
    t = threading.Thread(target=work)
    t.start()
    for _ in range(100000):
        count += 1  # expect: GIL1001
    t.join()
    print(count)


if __name__ == "__main__":
    main()
