# group: py precision: with lock
import threading
from concurrent.futures import ThreadPoolExecutor

freq = {}
lock = threading.Lock()


def count_words(line):
    for word in line.split():
        with lock:
            freq[word] = freq.get(word, 0) + 1


def main():
    lines = ["to be or not to be", "that is the question", "to be is to do"] * 20
    with ThreadPoolExecutor(max_workers=3) as pool:
        list(pool.map(count_words, lines))
    print(freq["to"], freq["be"])


if __name__ == "__main__":
    main()
