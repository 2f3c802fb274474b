# A worker's exception reaches the parent with its type, args and attributes; the pool survives it.
import multiprocessing


class AppError(Exception):
    def __init__(self, code, detail):
        super().__init__(code, detail)
        self.code = code
        self.detail = detail


class Tagged(ValueError):
    pass


def risky(x):
    if x % 5 == 3:
        raise AppError(x, "multiple of five plus three")
    if x == 7:
        raise Tagged("seven")
    if x == 9:
        return 1 // (x - 9)
    return x * 10


def plain(x):
    return x


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        for x in range(11):
            try:
                print(x, "->", pool.apply(risky, (x,)))
            except AppError as e:
                print(x, "AppError", e.code, e.detail, e.args, isinstance(e, Exception))
            except Tagged as e:
                print(x, "Tagged", repr(e), isinstance(e, ValueError))
            except ZeroDivisionError as e:
                print(x, "ZeroDivisionError", e)
        try:
            pool.map(risky, [0, 1, 3, 4], chunksize=1)
        except AppError as e:
            print("map raised AppError", e.code)
            cause = e.__cause__
            print("cause:", type(cause).__name__, "raise AppError" in str(cause))
        print("pool still works:", pool.map(plain, range(4)))
        try:
            pool.apply(int, ("not a number",))
        except ValueError as e:
            print("ValueError:", e)
        try:
            pool.apply(dict.__getitem__, ({"a": 1}, "b"))
        except KeyError as e:
            print("KeyError:", e)
        r = pool.apply_async(risky, (13,))
        try:
            r.get(60)
        except AppError as e:
            print("async AppError", e.code, r.successful())
    try:
        pool.map(plain, [1])
    except ValueError as e:
        print("after the with block:", e)
