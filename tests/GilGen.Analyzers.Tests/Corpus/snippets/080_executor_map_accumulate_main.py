# group: py precision: thread-confined state
from concurrent.futures import ThreadPoolExecutor

stats = {"count": 0, "total": 0}


def measure(path):
    return len(path) * 10


def main():
    paths = ["/etc/a", "/var/bb", "/usr/ccc"] * 20
    with ThreadPoolExecutor(max_workers=4) as pool:
        for size in pool.map(measure, paths):
            stats["count"] += 1  # only the main thread updates stats
            stats["total"] += size
    print(stats)


if __name__ == "__main__":
    main()
