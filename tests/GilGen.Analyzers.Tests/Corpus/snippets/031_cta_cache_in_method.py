# group: py: check-then-act cache
from concurrent.futures import ThreadPoolExecutor


class Resolver:
    def __init__(self):
        self.cache = {}
        self.lookups = []

    def resolve(self, host):
        if host not in self.cache:  # expect: GIL1002
            self.lookups.append(host)
            self.cache[host] = "10.0.0." + str(len(host))
        return self.cache[host]


def main():
    r = Resolver()
    hosts = ["a.example", "b.example", "a.example", "c.example"] * 10
    with ThreadPoolExecutor(max_workers=4) as pool:
        list(pool.map(r.resolve, hosts))
    print(len(r.cache), len(r.lookups))


if __name__ == "__main__":
    main()
