# group: py precision: join before access
from concurrent.futures import ThreadPoolExecutor

total = 0


def step(n):
    global total
    total += n


def main():
    with ThreadPoolExecutor(max_workers=4) as pool:
        for n in range(10):
            pool.submit(step, n).result()  # each step finishes before the next is submitted
    print(total)


if __name__ == "__main__":
    main()
