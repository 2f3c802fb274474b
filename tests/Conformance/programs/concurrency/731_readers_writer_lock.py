# A readers-writer lock built on one Condition: many readers at once, writers alone.
import threading


class RWLock:
    def __init__(self):
        self.cond = threading.Condition()
        self.readers = 0
        self.writing = False
        self.max_readers = 0
        self.violations = 0

    def acquire_read(self):
        with self.cond:
            self.cond.wait_for(lambda: not self.writing)
            self.readers += 1
            self.max_readers = max(self.max_readers, self.readers)

    def release_read(self):
        with self.cond:
            self.readers -= 1
            if self.readers == 0:
                self.cond.notify_all()

    def acquire_write(self):
        with self.cond:
            self.cond.wait_for(lambda: not self.writing and self.readers == 0)
            self.writing = True

    def release_write(self):
        with self.cond:
            self.writing = False
            self.cond.notify_all()


rw = RWLock()
table = {"version": 0, "rows": []}
reads = []
reads_lock = threading.Lock()


def reader(n):
    for _ in range(20):
        rw.acquire_read()
        try:
            if rw.writing:
                rw.violations += 1
            snapshot = (table["version"], len(table["rows"]))
        finally:
            rw.release_read()
        with reads_lock:
            reads.append(snapshot)


def writer(n):
    for i in range(10):
        rw.acquire_write()
        try:
            if rw.readers:
                rw.violations += 1
            table["rows"].append((n, i))
            table["version"] += 1
        finally:
            rw.release_write()


threads = [threading.Thread(target=reader, args=(i,)) for i in range(4)]
threads += [threading.Thread(target=writer, args=(i,)) for i in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("final version:", table["version"], "rows:", len(table["rows"]))
print("every read was consistent:", all(v == n for v, n in reads), len(reads))
print("violations:", rw.violations)
print("at least one reader at a time:", rw.max_readers >= 1)
print("rows per writer:", sorted((w, sum(1 for r in table["rows"] if r[0] == w)) for w in (0, 1)))
print("each writer's rows in order:", all(
    [i for w, i in table["rows"] if w == k] == list(range(10)) for k in (0, 1)))
