# group: py: dict/list element read-modify-write
from concurrent.futures import ThreadPoolExecutor


class Registry:
    usage = {"parse": 0, "render": 0}

    @staticmethod
    def use(name):
        Registry.usage[name] += 1  # expect: GIL1001


def main():
    names = ["parse", "render", "parse"] * 100
    with ThreadPoolExecutor(max_workers=4) as pool:
        list(pool.map(Registry.use, names))
    print(Registry.usage)


if __name__ == "__main__":
    main()
