# Uneven tasks: workers finish in any order, but map and imap report in input order; every task runs
# exactly once; imap_unordered yields each result once.
import multiprocessing
from concurrent.futures import ProcessPoolExecutor, as_completed


def uneven(n):
    total = 0
    for i in range((n % 5) * 20000):
        total += i & 3
    return n, total


if __name__ == "__main__":
    inputs = list(range(40))
    expected = [uneven(n) for n in inputs]
    with multiprocessing.Pool(2) as pool:
        print("map in order:", pool.map(uneven, inputs, chunksize=3) == expected)
        print("imap in order:", list(pool.imap(uneven, inputs)) == expected)
        unordered = list(pool.imap_unordered(uneven, inputs, chunksize=2))
        print("imap_unordered: each once:", sorted(unordered) == expected, len(unordered))
        asyncs = [pool.apply_async(uneven, (n,)) for n in inputs]
        print("apply_async:", [a.get(60) for a in asyncs] == expected)
    with ProcessPoolExecutor(2) as ex:
        futures = {ex.submit(uneven, n): n for n in inputs}
        seen = sorted(f.result() for f in as_completed(futures))
        print("as_completed: each once:", seen == expected)
        print("executor map in order:", list(ex.map(uneven, inputs, chunksize=4)) == expected)
    print(expected[:6])
