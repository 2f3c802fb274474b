# multiprocessing.Condition between processes: a consumer waits (wait_for) until a producer process changes
# shared state and notifies; notify_all wakes every waiting process; wait with a timeout; the errors of waiting
# or notifying without the lock; a Condition over a given Lock; repr.
import multiprocessing as mp


def consumer(cond, state, out, ident):
    with cond:
        ok = cond.wait_for(lambda: state.value >= 3, timeout=60)
        out.put((ident, ok, state.value))


def producer(cond, state):
    for _ in range(3):
        with cond:
            state.value += 1
            cond.notify_all()


def waiter(cond, ready, out):
    with cond:
        with ready.get_lock():
            ready.value += 1
        out.put(cond.wait(60))


if __name__ == "__main__":
    cond = mp.Condition()
    state = mp.Value("i", 0, lock=False)
    out = mp.Queue()
    consumers = [mp.Process(target=consumer, args=(cond, state, out, i)) for i in range(2)]
    for c in consumers:
        c.start()
    p = mp.Process(target=producer, args=(cond, state))
    p.start()
    print(sorted(out.get(timeout=60) for _ in consumers))
    p.join()
    for c in consumers:
        c.join()

    # notify(1) wakes one waiter, notify_all the rest: each wake-up is one True on the queue.
    ready = mp.Value("i", 0)
    waiters = [mp.Process(target=waiter, args=(cond, ready, out)) for _ in range(3)]
    for w in waiters:
        w.start()
    while True:
        with cond:
            # A waiter counts itself while it holds the lock, before its wait gives it up: all three wait here.
            if ready.value == 3:
                cond.notify(1)
                break
    print("one woken:", out.get(timeout=60))
    with cond:
        cond.notify_all()
    print("the others:", [out.get(timeout=60) for _ in range(2)])
    for w in waiters:
        w.join()

    with cond:
        print("wait timed out:", cond.wait(0.05))
        print("wait_for timed out:", cond.wait_for(lambda: False, timeout=0.05))
    for op in (cond.wait, cond.notify, cond.notify_all):
        try:
            op()
        except AssertionError as e:
            print(op.__name__, type(e).__name__ + ":", e)
    lc = mp.Condition(mp.Lock())
    print(repr(lc))
    with lc:
        lc.notify()
        print("notify with no waiter returns")
    print(repr(mp.Condition()), type(lc).__module__, type(lc).__name__)
