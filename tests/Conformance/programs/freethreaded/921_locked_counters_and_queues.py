# Counters guarded by a Lock, an RLock and a Condition, and a queue pipeline with
# Event and Barrier: with the locks, the totals are exact under any interleaving.
import queue
import threading

counter = 0
lock = threading.Lock()


def add_locked(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1


threads = [threading.Thread(target=add_locked, args=(5000,)) for _ in range(6)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("locked counter:", counter)


class Account:
    def __init__(self):
        self.balance = 0
        self.lock = threading.RLock()
        self.history = 0

    def deposit(self, amount):
        with self.lock:
            self.balance += amount
            self.note()

    def note(self):
        with self.lock:
            self.history += 1


account = Account()
threads = [threading.Thread(target=lambda: [account.deposit(3) for _ in range(2000)]) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("balance:", account.balance, "history:", account.history)

jobs = queue.Queue(maxsize=20)
results = queue.Queue()
start = threading.Barrier(3)
done = threading.Event()


def producer(offset):
    start.wait()
    for i in range(500):
        jobs.put(offset + i)


def consumer():
    total = 0
    count = 0
    while True:
        item = jobs.get()
        if item is None:
            jobs.task_done()
            break
        total += item
        count += 1
        jobs.task_done()
    results.put((count, total))


consumers = [threading.Thread(target=consumer) for _ in range(3)]
producers = [threading.Thread(target=producer, args=(k * 1000,)) for k in range(3)]
for t in consumers + producers:
    t.start()
for t in producers:
    t.join()
for _ in consumers:
    jobs.put(None)
jobs.join()
done.set()
for t in consumers:
    t.join()
pairs = [results.get() for _ in consumers]
print("items consumed:", sum(c for c, _ in pairs))
print("sum consumed:", sum(s for _, s in pairs), "expected:", sum(k * 1000 + i for k in range(3) for i in range(500)))
print("done event:", done.is_set(), "queue empty:", jobs.empty())

cond = threading.Condition()
ready = []
order = []


def waiter(k):
    with cond:
        cond.wait_for(lambda: len(ready) >= 3)
        order.append(k)


def maker(k):
    with cond:
        ready.append(k)
        cond.notify_all()


waiters = [threading.Thread(target=waiter, args=(k,)) for k in range(4)]
makers = [threading.Thread(target=maker, args=(k,)) for k in range(3)]
for t in waiters + makers:
    t.start()
for t in waiters + makers:
    t.join()
print("woken waiters:", sorted(order), "ready:", sorted(ready))
print("alive after join:", [t.is_alive() for t in waiters + makers].count(True))
