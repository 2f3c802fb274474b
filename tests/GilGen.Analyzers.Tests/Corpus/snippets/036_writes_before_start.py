# group: py precision: join before access
import threading

config = {"retries": 0}
total = 0


def worker():
    global total
    for _ in range(config["retries"]):
        total += 1


def main():
    global total
    config["retries"] += 3
    total += 10
    t = threading.Thread(target=worker)
    t.start()
    t.join()
    total += 1
    print(total)


if __name__ == "__main__":
    main()
