# group: py: ThreadPoolExecutor workers
from concurrent.futures import ThreadPoolExecutor

total = 0


def work(chunk):
    global total
    local = 0
    for x in chunk:
        local += x * x
    total += local  # expect: GIL1001


def main():
    data = list(range(1000))
    chunks = [data[i:i + 100] for i in range(0, 1000, 100)]
    with ThreadPoolExecutor(max_workers=4) as pool:
        list(pool.map(work, chunks))
    print(total)


if __name__ == "__main__":
    main()
