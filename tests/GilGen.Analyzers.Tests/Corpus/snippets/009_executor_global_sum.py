# group: py: ThreadPoolExecutor workers
from concurrent.futures import ThreadPoolExecutor

processed = 0


def handle(item):
    global processed
    processed += len(item)  # expect: GIL1001
    return item.upper()


def main():
    items = ["alpha", "beta", "gamma", "delta"] * 50
    with ThreadPoolExecutor(max_workers=4) as pool:
        out = list(pool.map(handle, items))
    print(len(out), processed)


if __name__ == "__main__":
    main()
