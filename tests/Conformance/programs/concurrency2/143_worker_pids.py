# Each worker process has its own pid, different from the parent's and stable across its tasks
# (a pool of 3 never shows more than 3 pids, over any number of maps); its parent pid is the
# parent's pid. Which workers take which tasks is up to timing, so nothing here counts on it.
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor


def ids(_):
    return os.getpid(), os.getppid()


def spin_ids(n):
    total = 0
    for i in range(n):
        total += i
    return os.getpid()


if __name__ == "__main__":
    me = os.getpid()
    with multiprocessing.Pool(3) as pool:
        first = pool.map(ids, range(30), chunksize=1)
        second = pool.map(ids, range(30), chunksize=1)
    pids = {p for p, _ in first}
    print("distinct worker pids <= 3:", len(pids) <= 3, "parent not among them:", me not in pids)
    print("every ppid is the parent:", {pp for _, pp in first + second} == {me})
    print("at most 3 workers over both maps:", len(pids | {p for p, _ in second}) <= 3)
    with ProcessPoolExecutor(2) as ex:
        got = list(ex.map(spin_ids, [200000] * 4))
    print("executor workers:", len(set(got)) <= 2, me not in got)
    p = multiprocessing.Process(target=ids, args=(0,))
    p.start()
    p.join()
    print("process pid differs from parent:", p.pid != me, p.exitcode)
    print("pid stays the parent's:", os.getpid() == me)
