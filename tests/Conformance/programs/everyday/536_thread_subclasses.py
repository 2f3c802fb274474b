# threading.Thread subclasses with run(), results stored on the instance, exceptions kept, ordered output.
import threading

class SumThread(threading.Thread):
    def __init__(self, numbers, name):
        super().__init__(name=name)
        self.numbers = numbers
        self.result = None
    def run(self):
        self.result = sum(x * x for x in self.numbers)

class FactorThread(threading.Thread):
    def __init__(self, n):
        super().__init__()
        self.n = n
        self.factors = []
    def run(self):
        n, d = self.n, 2
        while d * d <= n:
            while n % d == 0:
                self.factors.append(d)
                n //= d
            d += 1
        if n > 1:
            self.factors.append(n)

class SafeThread(threading.Thread):
    def __init__(self, fn, *args):
        super().__init__()
        self.fn, self.args = fn, args
        self.error = None
        self.value = None
    def run(self):
        try:
            self.value = self.fn(*self.args)
        except Exception as e:
            self.error = e

workers = [SumThread(range(i * 100, (i + 1) * 100), f"sum-{i}") for i in range(5)]
for w in workers:
    w.start()
for w in workers:
    w.join()
for w in workers:
    print(w.name, w.result, w.is_alive())
print("total", sum(w.result for w in workers), sum(x * x for x in range(500)))

numbers = [360, 97, 1001, 2 ** 20 - 1, 600851475143, 9999991]
fts = [FactorThread(n) for n in numbers]
for t in fts:
    t.start()
for t in fts:
    t.join()
for t in fts:
    print(t.n, "=", " * ".join(map(str, t.factors)))

jobs = [SafeThread(int, "42"), SafeThread(int, "x"), SafeThread(lambda a, b: a / b, 1, 0), SafeThread(sorted, [3, 1, 2])]
for j in jobs:
    j.start()
for j in jobs:
    j.join()
for j in jobs:
    print(repr(j.value), type(j.error).__name__ if j.error else None, str(j.error) if j.error else "")

class Pipeline(threading.Thread):
    def __init__(self, stage, inbox, outbox, lock):
        super().__init__(daemon=True)
        self.stage, self.inbox, self.outbox, self.lock = stage, inbox, outbox, lock
    def run(self):
        for item in self.inbox:
            value = self.stage(item)
            with self.lock:
                self.outbox.append(value)
lock = threading.Lock()
stage1_out = []
t1 = Pipeline(lambda s: s.strip().lower(), ["  Alpha", "BETA ", " Gamma "], stage1_out, lock)
t1.start(); t1.join()
stage2_out = []
t2 = Pipeline(lambda s: (s, len(s), s[::-1]), stage1_out, stage2_out, lock)
t2.start(); t2.join()
print(stage1_out, stage2_out, t1.daemon, t2.daemon)

class Countdown(threading.Thread):
    def __init__(self, start, log):
        super().__init__()
        self.start_value = start
        self.log = log
    def run(self):
        n = self.start_value
        while n > 0:
            self.log.append(n)
            n -= 1
logs = [[] for _ in range(3)]
cds = [Countdown(3 + i, logs[i]) for i in range(3)]
for t in cds:
    t.start()
for t in cds:
    t.join()
print(logs)
t = SumThread([1, 2, 3], "again")
t.start(); t.join()
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError:", e)
print(t.result, isinstance(t, threading.Thread), SumThread.__mro__[1] is threading.Thread)
