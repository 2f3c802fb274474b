# Condition over an RLock held recursively: wait() releases every level and restores them.
import threading

rl = threading.RLock()
cond = threading.Condition(rl)
state = {"ready": False, "levels_after_wait": None}


def deep_wait():
    with cond:
        with cond:
            with cond:
                cond.wait_for(lambda: state["ready"])
                # All three levels are held again: releasing three times works, a fourth does not.
                count = 0
                rl.release()
                count += 1
                rl.release()
                count += 1
                rl.acquire()
                rl.acquire()
                state["levels_after_wait"] = count + 1


t = threading.Thread(target=deep_wait)
t.start()
while True:
    # The waiter has released all its levels: this thread can take the lock.
    if rl.acquire(timeout=0.01):
        waiting = len(cond._waiters) == 1
        if waiting:
            state["ready"] = True
            cond.notify()
        rl.release()
        if waiting:
            break
t.join()
print("levels held after wait:", state["levels_after_wait"])
print("lock free at the end:", rl.acquire(blocking=False))
rl.release()

default = threading.Condition()
with default:
    with default:
        print("default Condition lock is re-entrant: wait returns", default.wait(0.01))

counter = {"n": 0}
cv = threading.Condition()


def bump(times):
    for _ in range(times):
        with cv:
            counter["n"] += 1
            cv.notify_all()


def watch(target, seen):
    with cv:
        cv.wait_for(lambda: counter["n"] >= target)
        seen.append(target)


seen = []
watchers = [threading.Thread(target=watch, args=(k, seen)) for k in (5, 10, 15)]
for w in watchers:
    w.start()
bumpers = [threading.Thread(target=bump, args=(5,)) for _ in range(3)]
for b in bumpers:
    b.start()
for th in watchers + bumpers:
    th.join()
print("watchers released:", sorted(seen), "count:", counter["n"])
