# Timer: runs its function once after the interval, unless cancelled; it is a Thread.
import threading

fired = []
t = threading.Timer(0.01, fired.append, args=["first"])
print(isinstance(t, threading.Thread), t.is_alive())
t.start()
t.join()
print("fired:", fired, t.is_alive())

c = threading.Timer(30.0, fired.append, args=["never"])
c.start()
c.cancel()
c.join()
print("after cancel:", fired)

early = threading.Timer(0.01, fired.append, ["cancelled before start"])
early.cancel()
early.start()
early.join()
print("cancel before start:", fired)

results = {}


def record(name, value=0):
    results[name] = value


k = threading.Timer(0.0, record, args=("kw",), kwargs={"value": 7})
k.start()
k.join()
print("kwargs:", results)

timers = [threading.Timer(0.001 * i, record, args=("t%d" % i, i)) for i in range(4)]
timers.append(threading.Timer(60.0, record, args=("t4", 4)))
for tm in timers:
    tm.start()
timers[4].cancel()
for tm in timers:
    tm.join()
print("several:", sorted(results.items()), "t4" in results)
print("interval attr:", timers[2].interval, timers[2].args, timers[2].kwargs)
print("finished event:", timers[0].finished.is_set())
