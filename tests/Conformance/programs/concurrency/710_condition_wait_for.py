# Condition.wait_for with a predicate, notify(n), notify_all, and the timeout result.
import threading

cond = threading.Condition()
items = []
taken = []


def consumer(n):
    with cond:
        cond.wait_for(lambda: len(items) > 0)
        taken.append((n, items.pop(0)))


threads = [threading.Thread(target=consumer, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
for value in ["a", "b", "c", "d"]:
    with cond:
        items.append(value)
        cond.notify()
for t in threads:
    t.join()
print("taken values:", sorted(v for _, v in taken))
print("every consumer got one:", sorted(n for n, _ in taken))

with cond:
    print("wait_for false predicate, timeout:", cond.wait_for(lambda: False, timeout=0.02))
    print("wait_for true predicate:", cond.wait_for(lambda: 42))
    print("wait timeout:", cond.wait(0.01))

gate = threading.Condition(threading.Lock())
state = {"open": 0}
woke = []


def sleeper(n):
    with gate:
        gate.wait_for(lambda: state["open"] > 0)
        state["open"] -= 1
        woke.append(n)


sleepers = [threading.Thread(target=sleeper, args=(i,)) for i in range(5)]
for s in sleepers:
    s.start()
with gate:
    state["open"] = 2
    gate.notify(2)
while True:
    with gate:
        if len(woke) == 2:
            break
print("after notify(2):", len(woke))
with gate:
    state["open"] = 3
    gate.notify_all()
for s in sleepers:
    s.join()
print("after notify_all:", sorted(woke))

try:
    cond.wait()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    cond.notify()
except RuntimeError as e:
    print("RuntimeError:", e)
