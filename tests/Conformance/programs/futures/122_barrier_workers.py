# Work that needs all workers at once: a Barrier proves the pool really runs max_workers calls together.
from concurrent.futures import ThreadPoolExecutor
import threading

N = 4
barrier = threading.Barrier(N)
arrivals = []
lock = threading.Lock()


def meet(i):
    with lock:
        arrivals.append(i)
    position = barrier.wait(timeout=30)
    return i, position >= 0


with ThreadPoolExecutor(max_workers=N) as pool:
    results = list(pool.map(meet, range(N)))
print(results)
print(sorted(arrivals))

# Phases: every worker finishes phase k before any starts phase k + 1.
phase_log = []
phase_barrier = threading.Barrier(3)


def phased(worker):
    for phase in range(3):
        with lock:
            phase_log.append(phase)
        phase_barrier.wait(timeout=30)
    return worker


with ThreadPoolExecutor(3) as pool:
    print(sorted(pool.map(phased, "abc")))
print(phase_log)
print(phase_log == sorted(phase_log))

# A broken barrier surfaces as the workers' exception.
broken = threading.Barrier(3)


def short_wait(i):
    try:
        broken.wait(timeout=0.05)
        return "passed"
    except threading.BrokenBarrierError:
        return "broken"


with ThreadPoolExecutor(2) as pool:
    print(sorted(pool.map(short_wait, range(2))))
print(broken.broken)
