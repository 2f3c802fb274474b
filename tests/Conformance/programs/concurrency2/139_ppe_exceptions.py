# ProcessPoolExecutor: a worker's exception is raised by result() with its type, args and attributes,
# and its __cause__ carries the worker's traceback; exception() returns it; map raises at its item.
from concurrent.futures import ProcessPoolExecutor


class Refused(Exception):
    def __init__(self, reason, amount):
        # Both arguments go to args: a copy is rebuilt as Refused(*args), as unpickling rebuilds it.
        super().__init__(reason, amount)
        self.reason = reason
        self.amount = amount


def withdraw(amount):
    if amount > 100:
        raise Refused("too much", amount)
    if amount < 0:
        raise ValueError("negative amount: %d" % amount)
    return 100 - amount


def lookup(key):
    return {"a": 1}[key]


def check(x):
    assert x < 3, "x too big"
    return x


if __name__ == "__main__":
    with ProcessPoolExecutor(2) as ex:
        for amount in (30, 150, -5, 100):
            f = ex.submit(withdraw, amount)
            try:
                print(amount, "->", f.result())
            except Refused as e:
                print(amount, "Refused", e.reason, e.amount, e.args)
                tb = str(e.__cause__)
                print("  cause", type(e.__cause__).__name__, "Traceback" in tb, 'raise Refused("too much", amount)' in tb)
            except ValueError as e:
                print(amount, "ValueError", e)
        f = ex.submit(lookup, "b")
        e = f.exception(timeout=60)
        print(type(e).__name__, e.args, f.done())
        try:
            f.result()
        except KeyError as again:
            print("result() raises it too:", repr(again))
        results = ex.map(check, range(5))
        got = []
        try:
            for r in results:
                got.append(r)
        except AssertionError as e:
            print("map stopped at", len(got), got, "with", repr(e))
        print("pool still works:", ex.submit(withdraw, 1).result())
        try:
            ex.submit(int, "x12").result()
        except ValueError as e:
            print("ValueError:", e)
