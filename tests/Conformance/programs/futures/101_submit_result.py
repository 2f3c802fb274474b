# submit() and result(): values, arguments and keyword arguments, results in submission order.
from concurrent.futures import ThreadPoolExecutor


def add(a, b=10, *rest, scale=1, **extra):
    return (a + b + sum(rest)) * scale, sorted(extra.items())


def square(x):
    return x * x


with ThreadPoolExecutor(max_workers=3) as pool:
    futures = [pool.submit(square, i) for i in range(10)]
    print([f.result() for f in futures])
    print(pool.submit(add, 1).result())
    print(pool.submit(add, 1, 2).result())
    print(pool.submit(add, 1, 2, 3, 4).result())
    print(pool.submit(add, 1, 2, scale=3).result())
    print(pool.submit(add, a=5, b=6, colour='red', size=2).result())
    print(pool.submit(len, "concurrent").result())
    print(pool.submit(sorted, [3, 1, 2], reverse=True).result())
    print(pool.submit(lambda: "lambda ran").result())
    print(pool.submit(dict, x=1, y=2).result())
    # fn and self are ordinary keyword arguments of the called function.
    print(pool.submit(lambda fn, self: fn + self, fn=1, self=2).result())
    f = pool.submit(sum, range(101))
    print(f.result(), f.result(timeout=5), f.done(), f.cancelled(), f.running())
    print(f.exception(), f.exception(timeout=1))
    nested = pool.submit(pool.submit, square, 7)
    print(nested.result().result())
    chain = [pool.submit(str, i) for i in range(5)]
    print("-".join(c.result() for c in chain))
    none_future = pool.submit(print, "printed by a worker")
    print(none_future.result())
print("done")
