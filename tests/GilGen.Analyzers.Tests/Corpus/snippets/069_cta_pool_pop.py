# group: py: check-then-act limit
from concurrent.futures import ThreadPoolExecutor


class ObjectPool:
    def __init__(self):
        self.free = [object() for _ in range(3)]

    def acquire(self):
        if len(self.free) > 0:  # expect: GIL1002
            return self.free.pop()
        return object()


def main():
    pool = ObjectPool()
    with ThreadPoolExecutor(max_workers=6) as ex:
        got = list(ex.map(lambda _: pool.acquire(), range(12)))
    print(len(got), len(pool.free))


if __name__ == "__main__":
    main()
