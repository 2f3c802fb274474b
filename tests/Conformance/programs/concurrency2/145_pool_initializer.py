# Pool and ProcessPoolExecutor initializers run once in each worker before its tasks; what they set
# is the worker's own global state.
import multiprocessing
from concurrent.futures import ProcessPoolExecutor

state = {"prefix": "unset", "calls": 0}


def setup(prefix, extra):
    state["prefix"] = prefix + extra
    state["calls"] = 0


def tag(x):
    state["calls"] += 1
    return "%s:%s" % (state["prefix"], x)


def calls(_):
    return state["calls"]


if __name__ == "__main__":
    with multiprocessing.Pool(2, initializer=setup, initargs=("pool", "!")) as pool:
        print(pool.map(tag, range(6)))
        counts = pool.map(calls, range(2), chunksize=1)
        print("every count is at least 0:", all(c >= 0 for c in counts))
    print("parent's state:", state)
    with ProcessPoolExecutor(2, initializer=setup, initargs=("exec", "?")) as ex:
        print(list(ex.map(tag, "abc")))
    with multiprocessing.Pool(1) as pool:
        print("no initializer:", pool.apply(tag, ("z",)))
    try:
        ProcessPoolExecutor(1, initializer="not callable")
    except TypeError as e:
        print("TypeError:", e)
