# group: py precision: with lock
import threading
from concurrent.futures import ThreadPoolExecutor

_config = None
_config_lock = threading.Lock()


def load_config():
    return {"depth": 3}


def depth(_):
    global _config
    with _config_lock:
        if _config is None:
            _config = load_config()
        cfg = _config
    return cfg["depth"]


def main():
    with ThreadPoolExecutor(max_workers=8) as pool:
        print(sum(pool.map(depth, range(40))))


if __name__ == "__main__":
    main()
