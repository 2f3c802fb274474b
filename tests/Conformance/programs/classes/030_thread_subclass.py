# threading.Thread subclasses: overridden run(), __init__ calling super().__init__(), results after join.
import threading

class SumWorker(threading.Thread):
    def __init__(self, start, stop):
        super().__init__()
        self.start_value = start
        self.stop = stop
        self.result = None

    def run(self):
        total = 0
        for i in range(self.start_value, self.stop):
            total += i
        self.result = total

workers = [SumWorker(i * 1000, (i + 1) * 1000) for i in range(4)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print([w.result for w in workers])
print(sum([w.result for w in workers]) == sum(range(4000)))
print([w.is_alive() for w in workers])

class Named(threading.Thread):
    def __init__(self, label, results, lock):
        super().__init__(name="worker-" + label)
        self.label = label
        self.results = results
        self.lock = lock

    def run(self):
        with self.lock:
            self.results.append((self.name, self.label.upper()))

results = []
lock = threading.Lock()
threads = [Named(x, results, lock) for x in "abc"]
for t in threads:
    t.start()
    t.join()
print(results)
print([t.name for t in threads])

class WithTarget(threading.Thread):
    def run(self):
        print("before target")
        super().run()
        print("after target")

out = []
t = WithTarget(target=out.append, args=(42,))
t.start()
t.join()
print(out)

class Counter(threading.Thread):
    shared = 0

    def __init__(self, n):
        threading.Thread.__init__(self)
        self.n = n

    def run(self):
        for _ in range(self.n):
            with counter_lock:
                Counter.shared += 1

counter_lock = threading.Lock()
cs = [Counter(500) for _ in range(3)]
for c in cs:
    c.start()
for c in cs:
    c.join()
print(Counter.shared, isinstance(cs[0], threading.Thread), issubclass(Counter, threading.Thread))
