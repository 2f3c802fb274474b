# Thread subclasses overriding run(), join(timeout), is_alive, results kept on the object.
import threading


class Summer(threading.Thread):
    def __init__(self, numbers):
        super().__init__(name="summer-%d" % len(numbers))
        self.numbers = numbers
        self.total = None

    def run(self):
        self.total = sum(self.numbers)


workers = [Summer(list(range(n))) for n in (10, 100, 1000)]
for w in workers:
    w.start()
for w in workers:
    w.join()
for w in workers:
    print(w.name, w.total, w.is_alive())

hold = threading.Event()


class Waiter(threading.Thread):
    def run(self):
        hold.wait()


w = Waiter()
w.start()
w.join(timeout=0.02)
print("after join(timeout) it is still alive:", w.is_alive())
w.join(0)
print("join(0) returns at once:", w.is_alive())
hold.set()
w.join()
print("after set and join:", w.is_alive())
w.join()
print("joining a finished thread again is fine")
try:
    w.start()
except RuntimeError as e:
    print("RuntimeError:", e)


class NoInit(threading.Thread):
    def __init__(self):
        pass


bad = NoInit()
try:
    bad.start()
except RuntimeError as e:
    print("RuntimeError:", e)

log = []
t = threading.Thread(target=log.append, args=("via target",))
t.run()
print("run() in the calling thread:", log)
t2 = threading.Thread(target=lambda a, b=0: log.append(a + b), args=(1,), kwargs={"b": 41})
t2.start()
t2.join()
print(log)
