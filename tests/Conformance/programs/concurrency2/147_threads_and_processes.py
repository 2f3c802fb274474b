# Threads of the parent hand work to one shared pool at the same time; each gets its own results.
import multiprocessing
import threading
from concurrent.futures import ThreadPoolExecutor, ProcessPoolExecutor


def checksum(data):
    total = 0
    for i, value in enumerate(data):
        total = (total * 31 + value * (i + 1)) % 1000003
    return total


def chunk(seed, size):
    return [(seed * 7919 + i * 104729) % 1000 for i in range(size)]


if __name__ == "__main__":
    expected = {seed: checksum(chunk(seed, 500)) for seed in range(12)}
    results = {}
    lock = threading.Lock()
    with multiprocessing.Pool(2) as pool:
        def client(seeds):
            for seed in seeds:
                value = pool.apply(checksum, (chunk(seed, 500),))
                with lock:
                    results[seed] = value
        threads = [threading.Thread(target=client, args=(range(k, 12, 3),)) for k in range(3)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    print(sorted(results.items()) == sorted(expected.items()), len(results))
    with ProcessPoolExecutor(2) as processes, ThreadPoolExecutor(4) as threads:
        def via_process(seed):
            return seed, processes.submit(checksum, chunk(seed, 300)).result()
        pairs = sorted(threads.map(via_process, range(10)))
    print(pairs == [(s, checksum(chunk(s, 300))) for s in range(10)])
    print(pairs[:3])
    with multiprocessing.Pool(2) as pool:
        asyncs = [pool.apply_async(checksum, (chunk(s, 50),)) for s in range(20)]
        values = [a.get(60) for a in asyncs]
    print(values == [checksum(chunk(s, 50)) for s in range(20)], sum(values))
