# group: py: dict/list element read-modify-write
from concurrent.futures import ThreadPoolExecutor


class Monitor:
    def __init__(self):
        self.stats = {"ok": 0, "errors": 0}

    def check(self, code):
        if code >= 500:
            self.stats["errors"] += 1  # expect: GIL1001
        else:
            self.stats["ok"] += 1  # expect: GIL1001


def main():
    m = Monitor()
    codes = [200, 500, 200, 404, 503] * 40
    with ThreadPoolExecutor(max_workers=4) as pool:
        list(pool.map(m.check, codes))
    print(m.stats)


if __name__ == "__main__":
    main()
