# multiprocessing.Process: name, pid, exitcode and is_alive before, during and after; join; repr states.
import multiprocessing
import sys


def work(n):
    total = 0
    for i in range(n):
        total += i
    sys.exit(0 if total == n * (n - 1) // 2 else 1)


def nothing():
    pass


def status(p):
    r = repr(p)
    words = [w for w in r.strip("<>").split() if not w.startswith(("pid=", "parent="))]
    return " ".join(words)


if __name__ == "__main__":
    p = multiprocessing.Process(target=work, args=(1000,))
    print(p.name, p.pid, p.exitcode, p.is_alive(), p.daemon)
    print(status(p))
    p.start()
    print("started; pid is an int:", isinstance(p.pid, int), p.ident == p.pid)
    p.join()
    print("after join:", p.exitcode, p.is_alive())
    print(status(p))
    try:
        p.start()
    except AssertionError as e:
        print("AssertionError:", e)
    named = multiprocessing.Process(target=nothing, name="worker-A", daemon=False)
    print(named.name, named.daemon)
    named.name = "renamed"
    named.start()
    named.join(60)
    print(named.name, named.exitcode)
    procs = [multiprocessing.Process(target=work, args=(n,)) for n in (10, 20, 30)]
    print([q.name for q in procs])
    for q in procs:
        q.start()
    for q in procs:
        q.join()
    print([q.exitcode for q in procs], [q.is_alive() for q in procs])
    d = multiprocessing.Process(target=nothing)
    d.daemon = True
    print("daemon:", d.daemon, status(d))
    d.start()
    d.join()
    print(d.exitcode)
    try:
        d.daemon = False
    except AssertionError as e:
        print("AssertionError:", e)
    try:
        multiprocessing.Process(target=nothing).join()
    except AssertionError as e:
        print("AssertionError:", e)
    c = multiprocessing.Process(target=nothing)
    c.start()
    c.join()
    c.close()
    try:
        c.is_alive()
    except ValueError as e:
        print("ValueError:", e)
    try:
        multiprocessing.Process(group=1)
    except AssertionError as e:
        print("AssertionError:", e)
