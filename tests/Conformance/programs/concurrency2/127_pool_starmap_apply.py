# Pool.starmap unpacks each item as the arguments; Pool.apply runs one call with args and kwds.
import multiprocessing


def add(a, b):
    return a + b


def power(base, exp=2, *, mod=None):
    r = base ** exp
    if mod is not None:
        r %= mod
    return r


def join_all(*parts, sep="-"):
    return sep.join(str(p) for p in parts)


def kinds(**kw):
    return sorted((k, type(v).__name__) for k, v in kw.items())


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.starmap(add, [(1, 2), (10, 20), ("a", "b"), ([1], [2, 3])]))
        print(pool.starmap(power, [(2,), (2, 10), (3, 3)]))
        print(pool.starmap(join_all, [(), (1,), (1, 2, 3)], chunksize=2))
        print(pool.starmap(add, []))
        print(pool.apply(add, (3, 4)))
        print(pool.apply(power, (7,)))
        print(pool.apply(power, (7, 3), {"mod": 10}))
        print(pool.apply(join_all, (1, 2, 3), {"sep": "+"}))
        print(pool.apply(kinds, (), {"a": 1, "b": "x", "c": None, "d": [1], "e": 1.5}))
        print(pool.apply(join_all))
        print(pool.apply(sorted, ([3, 1, 2],), {"reverse": True}))
        print(pool.apply(max, ([4, 9, 2],)))
        print(pool.apply(divmod, (17, 5)))
        for args in [(1, 2), (1.5, 2), ("x", "y")]:
            print("apply", args, "->", repr(pool.apply(add, args)))
        try:
            pool.apply(add, (1,))
        except TypeError as e:
            print("TypeError:", e)
        try:
            pool.starmap(power, [(2, 3, 4, 5)])
        except TypeError as e:
            print("TypeError:", e)
