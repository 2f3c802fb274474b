# Exceptions travel as values too (returned, not raised): type, args and attributes are copied;
# builtin exception classes stay the same classes, user ones are found by name.
import multiprocessing


class Problem(Exception):
    pass


class Detailed(LookupError):
    def __init__(self, key, where):
        super().__init__(key, where)
        self.key = key
        self.where = where


def make(kind):
    if kind == "value":
        return ValueError("bad value", 3)
    if kind == "key":
        return KeyError("missing")
    if kind == "problem":
        return Problem("user defined")
    if kind == "detailed":
        e = Detailed("k1", "table")
        e.note = "extra attribute"
        return e
    if kind == "stop":
        return StopIteration(7)
    if kind == "empty":
        return RuntimeError()
    return [TypeError("in a list"), (ZeroDivisionError("in a tuple"),)]


def catch(kind):
    try:
        if kind == 1:
            [][1]
        elif kind == 2:
            {}["x"]
        elif kind == 3:
            int("?")
        else:
            raise Problem("raised then caught")
    except Exception as e:
        return e


def describe(e):
    return "%s %r %s" % (type(e).__name__, e.args, str(e))


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        for kind in ("value", "key", "problem", "detailed", "stop", "empty"):
            e = pool.apply(make, (kind,))
            print(kind, "->", describe(e), isinstance(e, Exception))
        d = pool.apply(make, ("detailed",))
        print(d.key, d.where, d.note, isinstance(d, LookupError), type(d) is Detailed)
        nested = pool.apply(make, ("nested",))
        print([describe(x) for x in [nested[0], nested[1][0]]])
        for e in pool.map(catch, range(1, 5)):
            print("caught in worker:", describe(e))
        print(type(pool.apply(make, ("value",))) is ValueError)
        print(pool.apply(isinstance, (Problem("x"), Exception)))
        print(pool.apply(repr, (Detailed("a", "b"),)))
