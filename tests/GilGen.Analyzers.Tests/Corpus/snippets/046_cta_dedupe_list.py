# group: py: check-then-act limit
import threading

unique = []


def add_unique(x):
    if x not in unique:  # expect: GIL1002
        unique.append(x)


def main():
    threads = [threading.Thread(target=add_unique, args=(i % 7,)) for i in range(70)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(len(unique))


if __name__ == "__main__":
    main()
