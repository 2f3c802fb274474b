# A bounded buffer written by hand with one lock and two Conditions (not_full, not_empty).
import threading
from collections import deque


class Buffer:
    def __init__(self, size):
        self.size = size
        self.items = deque()
        self.lock = threading.Lock()
        self.not_full = threading.Condition(self.lock)
        self.not_empty = threading.Condition(self.lock)
        self.max_seen = 0

    def put(self, x):
        with self.not_full:
            while len(self.items) >= self.size:
                self.not_full.wait()
            self.items.append(x)
            self.max_seen = max(self.max_seen, len(self.items))
            self.not_empty.notify()

    def get(self):
        with self.not_empty:
            while not self.items:
                self.not_empty.wait()
            x = self.items.popleft()
            self.not_full.notify()
            return x


buf = Buffer(4)
out = []
out_lock = threading.Lock()


def produce(base):
    for i in range(30):
        buf.put(base + i)


def consume(count):
    for _ in range(count):
        x = buf.get()
        with out_lock:
            out.append(x)


producers = [threading.Thread(target=produce, args=(b,)) for b in (0, 100, 200)]
consumers = [threading.Thread(target=consume, args=(45,)) for _ in range(2)]
for t in producers + consumers:
    t.start()
for t in producers + consumers:
    t.join()
print("received:", len(out), "distinct:", len(set(out)))
print("sum:", sum(out), "expected:", sum(range(30)) * 3 + 30 * 300)
print("never above size:", buf.max_seen <= 4, "left:", len(buf.items))
for base in (0, 100, 200):
    mine = [x for x in out if base <= x < base + 100]
    print(base, len(mine), min(mine), max(mine))
print(repr(buf.not_full).startswith("<Condition(<unlocked _thread.lock object"))
