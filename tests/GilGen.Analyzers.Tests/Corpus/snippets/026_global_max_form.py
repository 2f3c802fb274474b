# group: py: global counter read-modify-write
import threading

longest = 0


def scan(words):
    global longest
    for w in words:
        longest = max(longest, len(w))  # expect: GIL1001


def main():
    words = "the quick brown fox jumps over the extraordinarily lazy dog".split()
    threads = [threading.Thread(target=scan, args=(words[i::2],)) for i in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(longest)


if __name__ == "__main__":
    main()
