# ProcessPoolExecutor: submit returns futures; map keeps input order, with any chunksize and several
# iterables; as_completed and wait see every future finish.
from concurrent.futures import ProcessPoolExecutor, as_completed, wait, ALL_COMPLETED, FIRST_COMPLETED


def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def scale(x, factor):
    return x * factor


def words(text, sep=" "):
    return text.split(sep)


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as ex:
        futures = [ex.submit(fib, n) for n in range(0, 60, 6)]
        print([f.result(timeout=60) for f in futures])
        print(all(f.done() for f in futures), any(f.cancelled() for f in futures))
        print(sorted(f.result() for f in as_completed(futures)))
        f = ex.submit(words, "a-b-c", sep="-")
        print(f.result(), f.exception())
        print(list(ex.map(fib, range(10))))
        for chunksize in (1, 2, 4, 100):
            print("chunksize", chunksize, list(ex.map(scale, range(7), [3] * 7, chunksize=chunksize)))
        print(list(ex.map(scale, "abc", range(1, 10))))
        print(list(ex.map(fib, [])))
        more = [ex.submit(scale, i, i) for i in range(8)]
        done, not_done = wait(more, timeout=60, return_when=ALL_COMPLETED)
        print(len(done), len(not_done), sorted(x.result() for x in done))
        done, _ = wait([ex.submit(fib, 30)], return_when=FIRST_COMPLETED)
        print([x.result() for x in done])
        seen = []
        g = ex.submit(fib, 20)
        g.add_done_callback(lambda fut: seen.append(fut.result()))
        g.result()
        ex.submit(fib, 1).result()
        print("callback saw:", seen)
        try:
            list(ex.map(fib, range(3), chunksize=0))
        except ValueError as e:
            print("ValueError:", e)
    try:
        ProcessPoolExecutor(max_workers=0)
    except ValueError as e:
        print("ValueError:", e)
