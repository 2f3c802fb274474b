# group: py: check-then-act balance
from concurrent.futures import ThreadPoolExecutor

best = None


def score(candidate):
    global best
    s = sum(ord(c) for c in candidate)
    if best is None or s > best[0]:  # expect: GIL1002
        best = (s, candidate)


def main():
    names = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta"] * 10
    with ThreadPoolExecutor(max_workers=4) as pool:
        list(pool.map(score, names))
    print(best)


if __name__ == "__main__":
    main()
