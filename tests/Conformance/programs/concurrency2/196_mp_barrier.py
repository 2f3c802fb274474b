# multiprocessing.Barrier across processes: three processes meet twice, each wait() returns a distinct index,
# the action runs once per round in one of them; abort() and a timeout break it with threading's
# BrokenBarrierError; parties, n_waiting, broken, reset.
import multiprocessing as mp
import threading


def bump(counter):
    with counter.get_lock():
        counter.value += 1


class Action:
    def __init__(self, counter):
        self.counter = counter

    def __call__(self):
        bump(self.counter)


def meet(barrier, out, ident):
    first = barrier.wait()
    second = barrier.wait()
    out.put((ident, first, second))


def broken_wait(barrier, out):
    try:
        barrier.wait()
        out.put("passed")
    except threading.BrokenBarrierError as e:
        out.put(type(e).__name__)


if __name__ == "__main__":
    rounds = mp.Value("i", 0)
    barrier = mp.Barrier(3, action=Action(rounds))
    print(barrier.parties, barrier.n_waiting, barrier.broken)
    out = mp.Queue()
    procs = [mp.Process(target=meet, args=(barrier, out, i)) for i in range(3)]
    for p in procs:
        p.start()
    results = sorted(out.get(timeout=60) for _ in procs)
    for p in procs:
        p.join()
    print([r[0] for r in results])
    print("first indices", sorted(r[1] for r in results), "second indices", sorted(r[2] for r in results))
    print("action ran", rounds.value, "times", barrier.n_waiting, barrier.broken)

    b2 = mp.Barrier(2)
    p = mp.Process(target=broken_wait, args=(b2, out))
    p.start()
    # The child waits alone until the parent aborts; the wait below needs it to be waiting first.
    while b2.n_waiting == 0:
        pass
    b2.abort()
    print(out.get(timeout=60), b2.broken)
    p.join()
    try:
        b2.wait()
    except threading.BrokenBarrierError:
        print("waiting on a broken barrier raises BrokenBarrierError")
    b2.reset()
    print("after reset", b2.broken, b2.n_waiting)

    b3 = mp.Barrier(2, timeout=0.05)
    try:
        b3.wait()
    except threading.BrokenBarrierError:
        print("a timeout breaks the barrier:", b3.broken)
    b4 = mp.Barrier(2)
    try:
        b4.wait(timeout=0.05)
    except threading.BrokenBarrierError:
        print("wait(timeout) breaks it too:", b4.broken)
    print(issubclass(type(barrier), threading.Barrier), type(barrier).__module__, type(barrier).__name__)
    print(getattr(mp, "BrokenBarrierError", "multiprocessing has no BrokenBarrierError"))
