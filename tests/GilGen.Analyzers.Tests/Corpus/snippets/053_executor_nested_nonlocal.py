# group: py: ThreadPoolExecutor workers
from concurrent.futures import ThreadPoolExecutor


def crawl(urls):
    fetched = 0

    def fetch(url):
        nonlocal fetched
        fetched += 1  # expect: GIL1001
        return len(url)

    with ThreadPoolExecutor(max_workers=4) as pool:
        sizes = list(pool.map(fetch, urls))
    return fetched, sum(sizes)


def main():
    print(crawl(["/a", "/bb", "/ccc"] * 30))


if __name__ == "__main__":
    main()
