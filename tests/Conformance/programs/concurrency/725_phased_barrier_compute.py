# Phased computation: workers relax a 1-D grid in steps, a Barrier separating read and write phases.
import threading

N_WORKERS = 3
SIZE = 12
STEPS = 6
grid = [0.0] * SIZE
grid[0] = 100.0
grid[-1] = 50.0
new = list(grid)
history = []


def snapshot():
    # The barrier's action: runs once per step, while every worker waits.
    grid[:] = new
    history.append(round(sum(grid), 6))


barrier = threading.Barrier(N_WORKERS, action=snapshot)


def relax(worker):
    lo = 1 + worker * (SIZE - 2) // N_WORKERS
    hi = 1 + (worker + 1) * (SIZE - 2) // N_WORKERS
    for _ in range(STEPS):
        for i in range(lo, hi):
            new[i] = (grid[i - 1] + grid[i + 1]) / 2
        barrier.wait()


threads = [threading.Thread(target=relax, args=(w,)) for w in range(N_WORKERS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("sums per step:", history)
print("grid:", [round(x, 3) for x in grid])

# The same computed on one thread gives the same numbers.
g = [0.0] * SIZE
g[0], g[-1] = 100.0, 50.0
for _ in range(STEPS):
    g = [g[0]] + [(g[i - 1] + g[i + 1]) / 2 for i in range(1, SIZE - 1)] + [g[-1]]
print("same as sequential:", [round(x, 9) for x in g] == [round(x, 9) for x in grid])
print("barrier reusable, not broken:", barrier.broken, barrier.n_waiting)
