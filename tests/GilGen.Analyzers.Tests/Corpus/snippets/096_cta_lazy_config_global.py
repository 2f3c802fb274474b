# group: py: check-then-act lazy initialization
from concurrent.futures import ThreadPoolExecutor

_config = None
loads = []


def load_config():
    loads.append(1)
    return {"depth": 3}


def depth(_):
    global _config
    if _config is None:  # expect: GIL1002
        _config = load_config()
    return _config["depth"]


def main():
    with ThreadPoolExecutor(max_workers=8) as pool:
        print(sum(pool.map(depth, range(40))), len(loads))


if __name__ == "__main__":
    main()
