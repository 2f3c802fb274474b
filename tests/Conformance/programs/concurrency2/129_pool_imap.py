# Pool.imap yields in input order, imap_unordered as results are ready; both accept chunksize.
import multiprocessing


def cube(x):
    return x ** 3


def label(x):
    return "item-%02d" % x


def maybe_fail(x):
    if x == 4:
        raise KeyError(x)
    return x


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(list(pool.imap(cube, range(8))))
        for chunksize in (1, 3, 10):
            print("imap chunksize", chunksize, list(pool.imap(label, range(5), chunksize)))
            print("unordered chunksize", chunksize, sorted(pool.imap_unordered(label, range(5), chunksize)))
        it = pool.imap(cube, [2, 3])
        print(next(it), next(it))
        try:
            next(it)
        except StopIteration:
            print("StopIteration after the last result")
        print(list(pool.imap(cube, [])))
        print(sorted(pool.imap_unordered(cube, [])))
        it = pool.imap(maybe_fail, range(6))
        got = []
        while True:
            try:
                got.append(next(it))
            except KeyError as e:
                got.append("KeyError(%s)" % e)
            except StopIteration:
                break
        print(got)
        total = 0
        for value in pool.imap_unordered(cube, range(100), chunksize=9):
            total += value
        print("sum of cubes:", total, sum(x ** 3 for x in range(100)))
        try:
            pool.imap(cube, range(3), 0)
        except ValueError as e:
            print("ValueError:", e)
