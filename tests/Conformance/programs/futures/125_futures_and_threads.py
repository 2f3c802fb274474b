# Futures completed by plain threads: a hand-made executor, wait() across threads, ordered completion.
from concurrent.futures import Future, wait, as_completed, FIRST_COMPLETED
import threading


def run_in_thread(fn, *args):
    fut = Future()

    def body():
        if not fut.set_running_or_notify_cancel():
            return
        try:
            fut.set_result(fn(*args))
        except BaseException as e:
            fut.set_exception(e)

    t = threading.Thread(target=body)
    t.start()
    return fut, t


turn = [threading.Event() for _ in range(3)]


def waits_for(i):
    turn[i].wait()
    return "job%d" % i


jobs = [run_in_thread(waits_for, i) for i in range(3)]
futures = [f for f, _ in jobs]
print([f.running() for f in futures].count(True) <= 3)

turn[2].set()
done, not_done = wait(futures, return_when=FIRST_COMPLETED)
print([f.result() for f in done], len(not_done))

order = []
it = as_completed(futures[:2])
turn[0].set()
order.append(next(it).result())
turn[1].set()
order.append(next(it).result())
print(order)
for _, t in jobs:
    t.join()
print([f.result() for f in futures])

# A cancelled future is never run by the thread.
ran = []
gate = threading.Event()
fut = Future()
print(fut.cancel())


def guarded():
    gate.wait()
    if fut.set_running_or_notify_cancel():
        ran.append("ran")
    else:
        ran.append("skipped")


t = threading.Thread(target=guarded)
t.start()
gate.set()
t.join()
print(ran, fut.cancelled(), fut.done())

failing, t = run_in_thread(lambda: [][3])
t.join()
print(type(failing.exception()).__name__, failing.exception())
