# After fork, parent and child each have their own copy: what the child changes is not seen by the parent,
# and what the parent changes after start() is not seen by the child.
import multiprocessing as mp

total = 0
log = ["parent-start"]


class Counter:
    def __init__(self):
        self.n = 0

    def bump(self):
        self.n += 1
        return self.n


shared = Counter()


def child(conn):
    global total
    conn.recv()  # the parent has changed its globals by now
    print("child sees", total, log, shared.n)
    total += 1000
    log.append("child")
    shared.bump()
    print("child changed", total, log, shared.n)
    conn.send("done")


if __name__ == "__main__":
    total = 5
    shared.bump()
    a, b = mp.Pipe()
    p = mp.get_context("fork").Process(target=child, args=(b,))
    p.start()
    total = 7
    log.append("parent-after-start")
    shared.bump()
    a.send("go")
    print(a.recv())
    p.join()
    print("parent sees", total, log, shared.n, p.exitcode)
