# Dining philosophers: forks as Locks, always taken in a global order, so no deadlock.
import threading

N = 5
forks = [threading.Lock() for _ in range(N)]
meals = [0] * N
log_lock = threading.Lock()
fork_use = [0] * N


def philosopher(i, rounds):
    left, right = i, (i + 1) % N
    first, second = min(left, right), max(left, right)
    for _ in range(rounds):
        with forks[first]:
            with forks[second]:
                # Both forks are ours: nobody else can hold either now.
                with log_lock:
                    fork_use[first] += 1
                    fork_use[second] += 1
                meals[i] += 1


threads = [threading.Thread(target=philosopher, args=(i, 40)) for i in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("meals:", meals)
print("fork uses:", fork_use, sum(fork_use))
print("all forks free:", [f.locked() for f in forks])

# Acquire with a timeout instead of ordering: back off and retry.
backoffs = [0]


def polite(i, rounds):
    left, right = forks[i], forks[(i + 1) % N]
    done = 0
    while done < rounds:
        with left:
            if right.acquire(timeout=0.05):
                try:
                    done += 1
                finally:
                    right.release()
            else:
                with log_lock:
                    backoffs[0] += 1


threads = [threading.Thread(target=polite, args=(i, 20)) for i in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("polite philosophers finished; forks free:", not any(f.locked() for f in forks))
