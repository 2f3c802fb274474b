# Barrier: parties, the action run once per round by one thread, indexes 0..parties-1, several rounds.
import threading

rounds_seen = []
barrier = threading.Barrier(4, action=lambda: rounds_seen.append("round done"))
log = []
lock = threading.Lock()


def worker(n):
    for r in range(3):
        with lock:
            log.append(("arrive", r, n))
        index = barrier.wait()
        with lock:
            log.append(("index", r, index))


threads = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()

print("parties:", barrier.parties)
print("actions:", rounds_seen)
for r in range(3):
    indexes = sorted(i for kind, rr, i in log if kind == "index" and rr == r)
    print("round", r, "indexes", indexes)
# Every arrival of a round comes before any departure of that round.
for r in range(3):
    last_arrive = max(k for k, e in enumerate(log) if e[0] == "arrive" and e[1] == r)
    first_leave = min(k for k, e in enumerate(log) if e[0] == "index" and e[1] == r)
    print("round", r, "all arrived before any left:", last_arrive < first_leave)
print("broken:", barrier.broken, "waiting:", barrier.n_waiting)

single = threading.Barrier(1)
print("single party:", single.wait(), single.wait())

counter = [0]


def action():
    counter[0] += 1


two = threading.Barrier(2, action)
t = threading.Thread(target=two.wait)
t.start()
two.wait()
t.join()
print("action ran:", counter[0])
