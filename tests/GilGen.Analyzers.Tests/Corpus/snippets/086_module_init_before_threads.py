# group: py precision: not run on threads
import threading

counter = 0
for _i in range(10):
    counter += 1  # module body: runs once, before any thread exists

table = {}


def build():
    global counter
    for k in "abc":
        if k not in table:
            table[k] = ord(k)
    counter += 1


build()


def reader(out, i):
    out[i] = table["a"] + counter


def main():
    out = [0] * 3
    threads = [threading.Thread(target=reader, args=(out, i)) for i in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(out)


if __name__ == "__main__":
    main()
