# group: py precision: join before access
import threading

count = 0


def work():
    global count
    for _ in range(1000):
        count += 1


def main():
    global count
    t = threading.Thread(target=work)
    t.start()
    t.join()
    count += 1
    print(count)


if __name__ == "__main__":
    main()
