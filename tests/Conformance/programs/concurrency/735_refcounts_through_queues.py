# Reference counts of items passing through queues, threads, locals and timers, as CPython counts them.
import sys
import queue
import threading


class Item:
    pass


x = Item()
print("alone:", sys.getrefcount(x))

q = queue.Queue()
q.put(x)
print("in a Queue:", sys.getrefcount(x))
y = q.get()
print("taken into y:", sys.getrefcount(x))
del y
print("y deleted:", sys.getrefcount(x))

sq = queue.SimpleQueue()
sq.put(x)
sq.put(x)
print("twice in a SimpleQueue:", sys.getrefcount(x))
sq.get()
sq.get()
print("both taken and dropped:", sys.getrefcount(x))
try:
    sq.get_nowait()
except queue.Empty:
    print("after Empty:", sys.getrefcount(x))

lq = queue.LifoQueue()
lq.put(x)
lq.put(x)
print("twice in a LifoQueue:", sys.getrefcount(x))
lq.get()
lq.get()
print("drained:", sys.getrefcount(x))

pq = queue.PriorityQueue()
pq.put((1, x))
print("in a PriorityQueue tuple:", sys.getrefcount(x))
pq.get()
print("drained:", sys.getrefcount(x))


def f(*args):
    pass


t = threading.Thread(target=f, args=(x,))
print("held by a Thread's args:", sys.getrefcount(x))
t.start()
t.join()
print("released after the run:", sys.getrefcount(x))
del t

loc = threading.local()
loc.v = x
print("in a local:", sys.getrefcount(x))
del loc
print("local deleted:", sys.getrefcount(x))

tm = threading.Timer(60, f, args=[x])
print("held by a Timer:", sys.getrefcount(x))
tm.cancel()
del tm
print("timer deleted:", sys.getrefcount(x))

ev = threading.Event()
box = []


def keep():
    ev.wait()
    box.append(x)


worker = threading.Thread(target=keep)
worker.start()
ev.set()
worker.join()
print("appended by a thread:", sys.getrefcount(x))
box.clear()
print("cleared:", sys.getrefcount(x))
