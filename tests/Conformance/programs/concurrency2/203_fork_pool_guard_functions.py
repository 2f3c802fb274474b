# A Pool under fork: its workers are copies of the parent made when the pool starts, so functions and data
# defined inside the `if __name__ == "__main__":` block before Pool() are there; tasks are still pickled, by
# name, so a lambda task fails with pickle's error.
import multiprocessing as mp
import pickle

BASE = 1


def scaled(x):
    return x * BASE


if __name__ == "__main__":
    BASE = 10
    table = {n: n * n for n in range(6)}

    def lookup(n):
        return table[n] + BASE

    class Point:
        def __init__(self, x, y):
            self.x, self.y = x, y

    def norm1(p):
        return abs(p.x) + abs(p.y)

    with mp.get_context("fork").Pool(2) as pool:
        print(pool.map(scaled, range(5)))
        print(pool.map(lookup, range(6)))
        print(pool.map(norm1, [Point(1, -2), Point(-3, 4)]))
        print(sorted(pool.imap_unordered(lookup, [5, 1, 3])))
        print(pool.apply(lookup, (2,)))
        try:
            pool.map(lambda x: x + 1, [1, 2])
        except pickle.PicklingError as e:
            print("lambda task:", type(e).__name__)
        workers = pool.map(lookup, [0, 1])
    print("done", workers)
