# Timers that schedule the next one, an Event as the "all done" signal, and cancel from another thread.
import threading

ticks = []
done = threading.Event()
lock = threading.Lock()


def tick(n):
    with lock:
        ticks.append(n)
    if n < 5:
        threading.Timer(0.001, tick, args=(n + 1,)).start()
    else:
        done.set()


threading.Timer(0.001, tick, args=(1,)).start()
print("done in time:", done.wait(30))
print("ticks:", ticks)

long_timer = threading.Timer(60.0, ticks.append, args=["too late"])
long_timer.start()
canceller = threading.Thread(target=long_timer.cancel)
canceller.start()
canceller.join()
long_timer.join()
print("cancelled from another thread:", ticks[-1], long_timer.finished.is_set())

calls = []
timers = [threading.Timer(0.001, calls.append, args=[i]) for i in range(8)]
for t in timers[::2]:
    t.cancel()
for t in timers:
    t.start()
for t in timers:
    t.join()
print("only the odd ones ran:", sorted(calls))
print("names are Thread-N:", all(t.name.startswith("Thread-") for t in timers))
print("alive after join:", any(t.is_alive() for t in timers))
