# group: py: check-then-act cache
from concurrent.futures import ThreadPoolExecutor


def fetch_remote(key):
    return sum(ord(c) for c in key)


class Memo:
    def __init__(self):
        self.values = {}
        self.misses = []

    def get(self, key):
        if key not in self.values:  # expect: GIL1002
            self.misses.append(key)
            value = fetch_remote(key)
            self.values[key] = value
        return self.values[key]


def main():
    memo = Memo()
    keys = ["x", "y", "x", "z", "x"] * 20
    with ThreadPoolExecutor(max_workers=5) as pool:
        list(pool.map(memo.get, keys))
    print(len(memo.values), len(memo.misses))


if __name__ == "__main__":
    main()
