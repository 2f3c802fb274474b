# group: py: global counter read-modify-write
import threading

errors = 0


def report_error(msg):
    global errors
    errors += 1  # expect: GIL1001
    return msg.upper()


def validate(items):
    for item in items:
        if item < 0:
            report_error("negative " + str(item))


def main():
    data = [1, -2, 3, -4, -5, 6] * 100
    threads = [threading.Thread(target=validate, args=(data[i::2],)) for i in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(errors)


if __name__ == "__main__":
    main()
