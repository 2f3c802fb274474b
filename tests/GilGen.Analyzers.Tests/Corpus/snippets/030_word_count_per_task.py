# group: py precision: thread-confined state
from concurrent.futures import ThreadPoolExecutor


def count_words(line):
    freq = {}
    for word in line.split():
        freq[word] = freq.get(word, 0) + 1
    return freq


def main():
    lines = ["to be or not to be", "that is the question", "to be is to do"] * 20
    total = {}
    with ThreadPoolExecutor(max_workers=3) as pool:
        for part in pool.map(count_words, lines):
            for w, n in part.items():
                total[w] = total.get(w, 0) + n
    print(total["to"], total["be"])


if __name__ == "__main__":
    main()
