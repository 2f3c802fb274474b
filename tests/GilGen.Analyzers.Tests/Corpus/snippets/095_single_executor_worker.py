# group: py precision: join before access
from concurrent.futures import ThreadPoolExecutor

count = 0


def step(n):
    global count
    count += n


def main():
    # One worker thread runs the submitted calls one at a time.
    with ThreadPoolExecutor(max_workers=1) as pool:
        for n in range(100):
            pool.submit(step, n)
    print(count)


if __name__ == "__main__":
    main()
