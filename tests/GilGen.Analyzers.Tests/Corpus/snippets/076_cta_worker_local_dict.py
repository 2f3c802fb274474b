# group: py precision: thread-confined state
from concurrent.futures import ThreadPoolExecutor


def dedupe(words):
    seen = {}
    for w in words:
        if w not in seen:
            seen[w] = 0
        seen[w] += 1
    return seen


def main():
    batches = [["a", "b", "a"], ["c", "c"], ["a", "d"]]
    with ThreadPoolExecutor(max_workers=3) as pool:
        parts = list(pool.map(dedupe, batches))
    print([sorted(p.items()) for p in parts])


if __name__ == "__main__":
    main()
