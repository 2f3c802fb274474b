# terminate() ends a child blocked in a threading wait (a lock, RLock, Condition, Event, Semaphore, Barrier,
# queue.Queue, a join, a sleep): exit code -15, as SIGTERM ends it in CPython.
import multiprocessing as mp
import queue
import threading
import time


def lock_wait():
    lock = threading.Lock()
    lock.acquire()
    lock.acquire()


def rlock_wait():
    r = threading.RLock()
    t = threading.Thread(target=r.acquire)
    t.start()
    t.join()
    r.acquire()


def condition_wait():
    c = threading.Condition()
    with c:
        c.wait()


def event_wait():
    threading.Event().wait()


def semaphore_wait():
    threading.Semaphore(0).acquire()


def barrier_wait():
    threading.Barrier(2).wait()


def queue_wait():
    queue.Queue().get()


def join_wait():
    t = threading.Thread(target=threading.Event().wait, daemon=True)
    t.start()
    t.join()


def sleep_wait():
    time.sleep(1000)


def started_then_wait(ready):
    ready.set()
    threading.Event().wait()


if __name__ == "__main__":
    waits = (lock_wait, rlock_wait, condition_wait, event_wait, semaphore_wait, barrier_wait, queue_wait,
             join_wait, sleep_wait)
    for method in ("fork", "spawn"):
        ctx = mp.get_context(method)
        for f in waits:
            p = ctx.Process(target=f)
            p.start()
            time.sleep(0.1)
            p.terminate()
            p.join(60)
            print(method, f.__name__, p.exitcode, p.is_alive())
        # Certainly inside the wait when terminated.
        ready = ctx.Event()
        p = ctx.Process(target=started_then_wait, args=(ready,))
        p.start()
        print(method, "child waiting:", ready.wait(60))
        p.terminate()
        p.join(60)
        print(method, "terminated while waiting:", p.exitcode, p.is_alive())
        p = ctx.Process(target=started_then_wait, args=(ctx.Event(),))
        p.start()
        time.sleep(0.1)
        p.kill()
        p.join(60)
        print(method, "killed:", p.exitcode)
