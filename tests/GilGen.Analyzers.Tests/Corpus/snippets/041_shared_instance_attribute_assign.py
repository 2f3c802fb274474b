# group: py: instance attribute read-modify-write
from concurrent.futures import ThreadPoolExecutor


class Page:
    def __init__(self):
        self.views = 0


def view(page):
    page.views = page.views + 1  # expect: GIL1001


def main():
    page = Page()
    with ThreadPoolExecutor(max_workers=4) as pool:
        for _ in range(1000):
            pool.submit(view, page)
    print(page.views)


if __name__ == "__main__":
    main()
