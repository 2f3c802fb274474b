# max_workers: the default, the ValueError, and how many threads a pool really starts.
from concurrent.futures import ThreadPoolExecutor
import os
import threading

with ThreadPoolExecutor() as pool:
    print(pool._max_workers == min(32, (os.cpu_count() or 1) + 4))

for bad in (0, -1):
    try:
        ThreadPoolExecutor(max_workers=bad)
    except ValueError as e:
        print("ValueError:", e)

barrier = threading.Barrier(4)


def meet(i):
    barrier.wait()
    return i


with ThreadPoolExecutor(max_workers=4) as pool:
    print(list(pool.map(meet, range(4))))
    print(len(pool._threads))

# Sequential submissions reuse an idle worker instead of starting new threads.
with ThreadPoolExecutor(max_workers=8) as pool:
    for i in range(10):
        pool.submit(abs, -i).result()
    print("threads after sequential work:", len(pool._threads) <= 2)

with ThreadPoolExecutor(max_workers=2) as pool:
    hold = threading.Event()
    fs = [pool.submit(hold.wait) for _ in range(6)]
    print("never more than max_workers:", len(pool._threads))
    hold.set()
    print(all(f.result() for f in fs))

before = threading.active_count()
for _ in range(20):
    with ThreadPoolExecutor(3) as pool:
        list(pool.map(abs, range(-5, 0)))
print("threads left behind:", threading.active_count() - before)
