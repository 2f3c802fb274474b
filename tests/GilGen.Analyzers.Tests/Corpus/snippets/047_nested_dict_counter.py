# group: py: dict/list element read-modify-write
from concurrent.futures import ThreadPoolExecutor

metrics = {"http": {"200": 0, "500": 0}}


def record(status):
    metrics["http"][status] += 1  # expect: GIL1001


def main():
    statuses = ["200"] * 90 + ["500"] * 10
    with ThreadPoolExecutor(max_workers=5) as pool:
        list(pool.map(record, statuses))
    print(metrics)


if __name__ == "__main__":
    main()
