# group: py precision: join before access
import threading

total = 0


def add(n):
    global total
    total += n


def main():
    for n in range(5):
        t = threading.Thread(target=add, args=(n,))
        t.start()
        t.join()  # the next thread starts only after this one ended
    print(total)


if __name__ == "__main__":
    main()
