# multiprocessing.Pool.map: results in input order whatever the chunk size, any iterable, empty input.
import multiprocessing


def square(x):
    return x * x


def describe(word):
    return "%s:%d:%s" % (word, len(word), word[::-1].upper())


def pair_sum(pair):
    a, b = pair
    return a + b


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print("default chunks:", pool.map(square, range(12)))
        for chunksize in (1, 2, 5, 50):
            print("chunksize", chunksize, "->", pool.map(square, range(-3, 8), chunksize=chunksize))
        print("empty list:", pool.map(square, []))
        print("one item:", pool.map(square, [9]))
        print("strings:", pool.map(describe, ["alpha", "be", "", "gamma"]))
        print("generator input:", pool.map(square, (i * 3 for i in range(6))))
        print("tuple input:", pool.map(pair_sum, ((1, 2), (3, 4), (5, 6))))
        print("dict input (keys):", pool.map(str.upper, {"x": 1, "yz": 2}))
        print("builtin function:", pool.map(abs, [-4, 3, -2.5]))
        print("builtin len:", pool.map(len, ["", "ab", [1, 2, 3], (4,)]))
        big = pool.map(square, range(1000), chunksize=7)
        print("big:", len(big), sum(big), big[:5], big[-3:])
        print("bigints:", pool.map(square, [2 ** 40, -(2 ** 70), 10 ** 30]))
        print("floats:", pool.map(square, [0.5, -1.25, 1e10]))
        results = [pool.map(square, range(n)) for n in range(5)]
        print("several maps:", results)
