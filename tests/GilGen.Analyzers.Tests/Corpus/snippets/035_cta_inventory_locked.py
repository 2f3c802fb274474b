# group: py precision: with lock
import threading
from concurrent.futures import ThreadPoolExecutor

stock = {"apple": 5, "pear": 2}
stock_lock = threading.Lock()


def reserve(item):
    with stock_lock:
        if stock[item] > 0:
            stock[item] -= 1
            return True
        return False


def main():
    orders = ["apple"] * 8 + ["pear"] * 4
    with ThreadPoolExecutor(max_workers=6) as pool:
        ok = list(pool.map(reserve, orders))
    print(sum(ok), stock)


if __name__ == "__main__":
    main()
