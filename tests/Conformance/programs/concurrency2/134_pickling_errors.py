# What pickling refuses cannot go to a worker: a lambda, a nested function, a lock, a generator.
# The error reaches the caller; the pool keeps working.
import multiprocessing
import threading


def outer():
    def inner(x):
        return x
    return inner


def numbers():
    yield 1


def call(f, x):
    return f(x)


def first(x):
    return x[0]


def show(e):
    text = str(e)
    if " at 0x" in text:
        head, _, tail = text.partition(" at 0x")
        text = head + " at ADDR" + tail[tail.index(">"):]
    print(type(e).__name__ + ":", text)


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        candidates = [lambda x: x + 1, outer(), threading.Lock(), threading.RLock(), numbers(),
                      (i for i in range(3))]
        for obj in candidates:
            try:
                pool.apply(first, ([obj],))
            except Exception as e:
                show(e)
        try:
            pool.map(lambda x: x, [1, 2])
        except Exception as e:
            show(e)
        try:
            pool.apply(call, (outer(), 1))
        except Exception as e:
            show(e)
        r = pool.apply_async(first, ([threading.Lock()],))
        try:
            r.get(60)
        except TypeError as e:
            show(e)
        print("still working:", pool.map(first, [[1], [2, 3]]))
        print("a module-level function is fine:", pool.apply(call, (first, "xyz")))
