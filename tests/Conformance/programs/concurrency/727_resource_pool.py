# A pool of named connections: a Queue holds the free ones, a BoundedSemaphore counts them.
import threading
import queue


class Pool:
    def __init__(self, names):
        self.free = queue.Queue()
        for n in names:
            self.free.put(n)
        self.slots = threading.BoundedSemaphore(len(names))
        self.lock = threading.Lock()
        self.in_use = set()
        self.max_in_use = 0
        self.uses = {n: 0 for n in names}

    def acquire(self):
        self.slots.acquire()
        name = self.free.get_nowait()
        with self.lock:
            self.in_use.add(name)
            self.max_in_use = max(self.max_in_use, len(self.in_use))
            self.uses[name] += 1
        return name

    def release(self, name):
        with self.lock:
            self.in_use.remove(name)
        self.free.put(name)
        self.slots.release()


pool = Pool(["db-a", "db-b", "db-c"])
done = []
done_lock = threading.Lock()


def client(n):
    for i in range(10):
        conn = pool.acquire()
        try:
            value = sum(range(n * 10 + i))
        finally:
            pool.release(conn)
        with done_lock:
            done.append((n, i, value))


clients = [threading.Thread(target=client, args=(k,)) for k in range(6)]
for c in clients:
    c.start()
for c in clients:
    c.join()
print("requests:", len(done))
print("max in use:", pool.max_in_use <= 3)
print("total uses:", sum(pool.uses.values()))
print("free again:", sorted(pool.free.queue), pool.in_use)
try:
    pool.slots.release()
except ValueError as e:
    print("ValueError:", e)
print("checksum:", sum(v for _, _, v in done))
