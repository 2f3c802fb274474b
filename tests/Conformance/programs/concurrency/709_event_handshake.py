# Event handshakes: ping-pong between two threads with two events, wait with timeout, clear and set.
import threading

ping = threading.Event()
pong = threading.Event()
trace = []


def player():
    for i in range(5):
        ping.wait()
        ping.clear()
        trace.append("pong %d" % i)
        pong.set()


t = threading.Thread(target=player)
t.start()
for i in range(5):
    trace.append("ping %d" % i)
    ping.set()
    pong.wait()
    pong.clear()
t.join()
for line in trace:
    print(line)

e = threading.Event()
print("initially:", e.is_set())
print("wait with timeout on unset:", e.wait(0.01))
e.set()
print("after set:", e.is_set(), e.wait(), e.wait(0))
e.clear()
print("after clear:", e.is_set(), e.wait(0))

start = threading.Event()
ready = []
lock = threading.Lock()


def runner(n):
    start.wait()
    with lock:
        ready.append(n)


runners = [threading.Thread(target=runner, args=(i,)) for i in range(6)]
for r in runners:
    r.start()
print("before the start signal:", ready)
start.set()
for r in runners:
    r.join()
print("after:", sorted(ready))
