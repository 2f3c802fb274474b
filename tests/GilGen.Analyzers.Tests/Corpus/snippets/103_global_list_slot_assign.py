# group: py: dict/list element read-modify-write
from concurrent.futures import ThreadPoolExecutor

totals = [0, 0]


def add(x):
    totals[x % 2] = totals[x % 2] + x  # expect: GIL1001


def main():
    with ThreadPoolExecutor(max_workers=4) as pool:
        list(pool.map(add, range(1000)))
    print(totals)


if __name__ == "__main__":
    main()
