# A hand-made worker pool: a task queue, a result queue, N workers, results sorted by task id.
import threading
import queue

tasks = queue.Queue()
results = queue.Queue()


def collatz_steps(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


def worker():
    while True:
        task = tasks.get()
        if task is None:
            tasks.task_done()
            return
        task_id, n = task
        try:
            if n <= 0:
                raise ValueError("n must be positive, got %d" % n)
            results.put((task_id, n, collatz_steps(n), None))
        except ValueError as e:
            results.put((task_id, n, None, str(e)))
        finally:
            tasks.task_done()


pool = [threading.Thread(target=worker) for _ in range(4)]
for t in pool:
    t.start()
numbers = [27, 97, 871, 6171, 0, 77031, 1, 12, -3, 255]
for i, n in enumerate(numbers):
    tasks.put((i, n))
tasks.join()
for _ in pool:
    tasks.put(None)
for t in pool:
    t.join()
collected = []
while True:
    try:
        collected.append(results.get_nowait())
    except queue.Empty:
        break
collected.sort()
for task_id, n, steps, error in collected:
    if error:
        print(task_id, n, "error:", error)
    else:
        print(task_id, n, "steps:", steps)
print("count:", len(collected), "workers alive:", sum(t.is_alive() for t in pool))
