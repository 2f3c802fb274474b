# group: py: dict/list element read-modify-write
from concurrent.futures import ThreadPoolExecutor

freq = {}


def count_words(line):
    for word in line.split():
        freq[word] = freq.get(word, 0) + 1  # expect: GIL1001


def main():
    lines = ["to be or not to be", "that is the question", "to be is to do"] * 20
    with ThreadPoolExecutor(max_workers=3) as pool:
        list(pool.map(count_words, lines))
    print(freq["to"], freq["be"])


if __name__ == "__main__":
    main()
