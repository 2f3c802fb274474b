# Lock-protected shared state: counters, a bank transfer invariant, a bounded buffer with Condition.
import threading

class Counter:
    def __init__(self):
        self.value = 0
        self.lock = threading.Lock()
    def increment(self, times):
        for _ in range(times):
            with self.lock:
                self.value += 1

c = Counter()
threads = [threading.Thread(target=c.increment, args=(5000,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("counter", c.value)

balances = {"a": 1000, "b": 1000, "c": 1000}
bank_lock = threading.Lock()
def transfers(pairs, amount, rounds):
    for _ in range(rounds):
        for src, dst in pairs:
            with bank_lock:
                if balances[src] >= amount:
                    balances[src] -= amount
                    balances[dst] += amount
movers = [threading.Thread(target=transfers, args=([("a", "b"), ("b", "c")], 7, 200)),
          threading.Thread(target=transfers, args=([("c", "a"), ("b", "a")], 5, 200)),
          threading.Thread(target=transfers, args=([("a", "c")], 3, 300))]
for t in movers:
    t.start()
for t in movers:
    t.join()
print("total preserved:", sum(balances.values()), all(v >= 0 for v in balances.values()))

rlock = threading.RLock()
depth_seen = []
def recursive(n):
    with rlock:
        depth_seen.append(n)
        if n > 0:
            recursive(n - 1)
recursive(4)
print("rlock depths", depth_seen)

buffer = []
capacity = 3
cond = threading.Condition()
produced, consumed = [], []
def producer(items):
    for item in items:
        with cond:
            while len(buffer) >= capacity:
                cond.wait()
            buffer.append(item)
            produced.append(item)
            cond.notify_all()
def consumer(n):
    for _ in range(n):
        with cond:
            while not buffer:
                cond.wait()
            consumed.append(buffer.pop(0))
            cond.notify_all()
p = threading.Thread(target=producer, args=(list(range(20)),))
q = threading.Thread(target=consumer, args=(20,))
q.start(); p.start()
p.join(); q.join()
print("consumed in order:", consumed == list(range(20)), len(produced), buffer)

lock = threading.Lock()
print(lock.acquire(), lock.locked(), lock.acquire(blocking=False))
lock.release()
print(lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
event = threading.Event()
order = []
def waiter(i):
    event.wait()
    with bank_lock:
        order.append(i)
ws = [threading.Thread(target=waiter, args=(i,)) for i in range(3)]
for w in ws:
    w.start()
print("before set", order, event.is_set())
event.set()
for w in ws:
    w.join()
print("after set", sorted(order), event.is_set())
sem = threading.Semaphore(2)
active = [0]
peak = [0]
def limited():
    with sem:
        with bank_lock:
            active[0] += 1
            peak[0] = max(peak[0], active[0])
        for _ in range(1000):
            pass
        with bank_lock:
            active[0] -= 1
ls = [threading.Thread(target=limited) for _ in range(6)]
for t in ls:
    t.start()
for t in ls:
    t.join()
print("peak concurrency <= 2:", peak[0] <= 2, "active now", active[0])
