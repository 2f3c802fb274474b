# Worker thread names: ThreadPoolExecutor-N_M with one N per pool, or the given prefix.
from concurrent.futures import ThreadPoolExecutor
import threading


def name_of(_=None):
    return threading.current_thread().name




first = ThreadPoolExecutor(max_workers=1)
base_name = first.submit(name_of).result()
first.shutdown()
prefix, _, index = base_name.rpartition("_")
print("first pool worker index:", index, "prefix starts:", prefix.split("-")[0])
n0 = int(prefix.split("-")[1])

for k in range(3):
    with ThreadPoolExecutor(max_workers=1) as pool:
        name = pool.submit(name_of).result()
        p, _, i = name.rpartition("_")
        print("pool", int(p.split("-")[1]) - n0, "worker", i)

with ThreadPoolExecutor(max_workers=2, thread_name_prefix="fetcher") as pool:
    print(pool.submit(name_of).result())
    print(pool._thread_name_prefix)

barrier = threading.Barrier(3)


def wait_then_name(_):
    barrier.wait()
    return name_of()


with ThreadPoolExecutor(max_workers=3, thread_name_prefix="w") as pool:
    print(sorted(pool.map(wait_then_name, range(3))))
    print(sorted(t.name for t in pool._threads))
    print(all(not t.daemon for t in pool._threads))

print(threading.current_thread().name)
with ThreadPoolExecutor(thread_name_prefix="solo") as pool:
    print(pool.submit(name_of).result(), pool._max_workers >= 5)
