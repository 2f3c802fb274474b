# Exception chaining seen from inside the program: __cause__, __context__, __suppress_context__,
# implicit chains from builtins raising inside handlers, and walking a chain.

class StorageError(Exception):
    def __init__(self, op, key):
        super().__init__(f"{op} failed for {key!r}")
        self.op = op
        self.key = key


def chain_of(exc):
    out = []
    while exc is not None:
        out.append(f"{type(exc).__name__}({exc})")
        exc = exc.__cause__ if exc.__cause__ is not None else (None if exc.__suppress_context__ else exc.__context__)
    return " <- ".join(out)


def read(store, key):
    try:
        return store[key]
    except KeyError as e:
        raise StorageError("read", key) from e


def parse(store, key):
    try:
        return int(read(store, key))
    except StorageError:
        return int("fallback-" + key)


store = {"a": "1", "b": "x"}
print(parse(store, "a"))
for key in ["b", "zz"]:
    try:
        parse(store, key)
    except ValueError as e:
        print(key, "->", chain_of(e))
        print("   context type:", type(e.__context__).__name__, "cause:", e.__cause__)

try:
    try:
        [][3]
    except IndexError:
        {}["inner"]
except KeyError as e:
    print("implicit:", chain_of(e), repr(e.__context__))

try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise RuntimeError("hidden") from None
except RuntimeError as e:
    print("from None:", chain_of(e), e.__suppress_context__, type(e.__context__).__name__)

try:
    try:
        raise ValueError("first")
    except ValueError as v:
        err = TypeError("second")
        err.__cause__ = v
        raise err
except TypeError as e:
    print("assigned cause:", chain_of(e), e.__suppress_context__)

def cleanup_fails():
    try:
        raise KeyError("original")
    finally:
        len(5)

try:
    cleanup_fails()
except TypeError as e:
    print("finally:", chain_of(e))

e = StorageError("write", "k")
print(e.op, e.key, e.args, repr(e), e.__cause__, e.__context__, e.__suppress_context__)
try:
    raise e from StorageError("lock", "k")
except StorageError as caught:
    print(caught is e, chain_of(caught))
