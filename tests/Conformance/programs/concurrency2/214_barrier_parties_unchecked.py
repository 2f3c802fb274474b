# threading.Barrier and multiprocessing.Barrier take any parties without checking it, as CPython's do: a barrier of
# 0, a negative number or a non-number never fills (its waiters time out and break it), 1 or True lets each waiter
# through alone, 2.0 fills with two.
import multiprocessing as mp
import threading


def run(name, cls, parties, timeout):
    b = cls(parties, timeout=timeout)
    print(name, repr(parties), "parties", repr(b.parties), "waiting", b.n_waiting, "broken", b.broken)
    out = []

    def waiter():
        try:
            out.append(("index", b.wait()))
        except threading.BrokenBarrierError as e:
            out.append((type(e).__name__, str(e)))

    ts = [threading.Thread(target=waiter) for _ in range(2)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    print("   ", sorted(out), "waiting", b.n_waiting, "broken", b.broken)


if __name__ == "__main__":
    cases = [(0, 0.05), (-1, 0.05), (1, 30), (True, 30), (2.0, 30), ("a", 0.05), (None, 0.05), (3, 0.05)]
    for parties, timeout in cases:
        for name, cls in (("threading", threading.Barrier), ("multiprocessing", mp.Barrier)):
            run(name, cls, parties, timeout)
