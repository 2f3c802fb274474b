# get/put with block and timeout: Empty and Full after the wait, errors for bad timeouts.
import queue
import threading

q = queue.Queue(maxsize=1)
try:
    q.get(timeout=0.02)
except queue.Empty:
    print("get timed out: Empty")
try:
    q.get(block=False)
except queue.Empty:
    print("get non-blocking: Empty")
q.put("x")
try:
    q.put("y", timeout=0.02)
except queue.Full:
    print("put timed out: Full")
try:
    q.put("y", False)
except queue.Full:
    print("put non-blocking: Full")
try:
    q.put("y", True, -1)
except ValueError as e:
    print("ValueError:", e)
print(q.get(True, 1.0))
try:
    q.get(timeout=-0.5)
except ValueError as e:
    print("ValueError:", e)
q.put("z", block=False, timeout=-3)
print("non-blocking put ignores timeout:", q.get_nowait())

# A getter that waits with a timeout is woken by a put in time.
box = queue.Queue()
got = []


def waiter():
    got.append(box.get(timeout=10))


t = threading.Thread(target=waiter)
t.start()
box.put("delivered")
t.join()
print("waiter got:", got)

# A putter that waits for room is woken by a get.
room = queue.Queue(maxsize=1)
room.put(1)
put_done = threading.Event()


def putter():
    room.put(2, timeout=10)
    put_done.set()


t = threading.Thread(target=putter)
t.start()
print("first out:", room.get())
t.join()
print("putter finished:", put_done.is_set(), "second out:", room.get())
print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))
print(queue.Empty.__name__, queue.Full.__name__, queue.Full.__module__)
