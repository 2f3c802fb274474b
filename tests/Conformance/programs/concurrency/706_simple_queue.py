# SimpleQueue: unbounded FIFO with put/get/get_nowait/empty/qsize, safe between threads.
import queue
import threading

sq = queue.SimpleQueue()
print(sq.empty(), sq.qsize())
for i in range(5):
    sq.put(i * i)
sq.put_nowait("tail")
print(sq.empty(), sq.qsize())
print([sq.get() for _ in range(6)])
try:
    sq.get_nowait()
except queue.Empty:
    print("get_nowait: Empty")
try:
    sq.get(timeout=0.01)
except queue.Empty:
    print("get(timeout): Empty")
try:
    sq.get(block=False)
except queue.Empty:
    print("get(block=False): Empty")
try:
    sq.get(timeout=-1)
except ValueError as e:
    print("ValueError:", e)
sq.put(1, block=False, timeout=5)
print("put ignores block/timeout:", sq.get())

shared = queue.SimpleQueue()


def produce(base):
    for i in range(50):
        shared.put(base + i)


threads = [threading.Thread(target=produce, args=(b,)) for b in (0, 1000, 2000)]
for t in threads:
    t.start()
for t in threads:
    t.join()
items = []
while not shared.empty():
    items.append(shared.get())
print(len(items), sum(items))
for base in (0, 1000, 2000):
    mine = [x for x in items if base <= x < base + 1000]
    print(base, mine == sorted(mine), len(mine))

relay = queue.SimpleQueue()
answers = queue.SimpleQueue()


def echo():
    while True:
        msg = relay.get()
        if msg is None:
            break
        answers.put(msg.upper())


t = threading.Thread(target=echo)
t.start()
for word in ["ping", "pong", "done"]:
    relay.put(word)
    print(answers.get())
relay.put(None)
t.join()
print(type(sq).__name__, queue.SimpleQueue.__module__)
