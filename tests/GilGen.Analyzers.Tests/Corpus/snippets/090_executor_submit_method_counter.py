# group: py: ThreadPoolExecutor workers
from concurrent.futures import ThreadPoolExecutor


class Crawler:
    def __init__(self):
        self.pages = 0
        self.errors = 0

    def fetch(self, url):
        if url.endswith("!"):
            self.errors += 1  # expect: GIL1001
        else:
            self.pages += 1  # expect: GIL1001


def main():
    c = Crawler()
    urls = ["/a", "/b!", "/c"] * 50
    with ThreadPoolExecutor(max_workers=4) as pool:
        for u in urls:
            pool.submit(c.fetch, u)
    print(c.pages, c.errors)


if __name__ == "__main__":
    main()
