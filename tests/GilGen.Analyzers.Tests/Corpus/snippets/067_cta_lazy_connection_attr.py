# group: py: check-then-act lazy initialization
from concurrent.futures import ThreadPoolExecutor

opened = []


class Connection:
    def __init__(self):
        opened.append(self)


class Repository:
    def __init__(self):
        self.conn = None

    def connection(self):
        if self.conn is None:  # expect: GIL1002
            self.conn = Connection()
        return self.conn


def main():
    repo = Repository()
    with ThreadPoolExecutor(max_workers=8) as pool:
        list(pool.map(lambda _: repo.connection(), range(32)))
    print(len(opened))


if __name__ == "__main__":
    main()
