# group: py precision: with lock
from concurrent.futures import ThreadPoolExecutor

groups = {}


def place(item):
    # dict.setdefault checks and inserts in one call.
    groups.setdefault(item % 5, []).append(item)


def main():
    with ThreadPoolExecutor(max_workers=4) as pool:
        list(pool.map(place, range(100)))
    print(sorted((k, len(v)) for k, v in groups.items()))


if __name__ == "__main__":
    main()
