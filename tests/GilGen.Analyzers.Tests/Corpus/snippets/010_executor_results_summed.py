# group: py precision: thread-confined state
from concurrent.futures import ThreadPoolExecutor


def handle(item):
    size = 0
    for ch in item:
        size += 1
    return size


def main():
    items = ["alpha", "beta", "gamma", "delta"] * 50
    total = 0
    with ThreadPoolExecutor(max_workers=4) as pool:
        for n in pool.map(handle, items):
            total += n
    print(total)


if __name__ == "__main__":
    main()
