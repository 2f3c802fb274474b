# group: py precision: with lock
import threading
from concurrent.futures import ThreadPoolExecutor


class Crawler:
    def __init__(self):
        self.pages = 0
        self.errors = 0
        self.lock = threading.Lock()

    def fetch(self, url):
        with self.lock:
            if url.endswith("!"):
                self.errors += 1
            else:
                self.pages += 1


def main():
    c = Crawler()
    urls = ["/a", "/b!", "/c"] * 50
    with ThreadPoolExecutor(max_workers=4) as pool:
        for u in urls:
            pool.submit(c.fetch, u)
    print(c.pages, c.errors)


if __name__ == "__main__":
    main()
