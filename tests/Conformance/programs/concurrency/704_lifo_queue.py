# LifoQueue is a stack: the newest item comes out first.
import threading
import queue

stack = queue.LifoQueue()
for word in ["first", "second", "third", "fourth"]:
    stack.put(word)
print("size:", stack.qsize())
while not stack.empty():
    print("pop:", stack.get())

# Filled by one thread, drained by another after it is complete.
filled = threading.Event()
lifo = queue.LifoQueue(maxsize=10)
drained = []


def fill():
    for i in range(10):
        lifo.put(i)
    filled.set()


def drain():
    filled.wait()
    while True:
        try:
            drained.append(lifo.get_nowait())
        except queue.Empty:
            break


a = threading.Thread(target=fill)
b = threading.Thread(target=drain)
b.start()
a.start()
a.join()
b.join()
print("drained:", drained)
print("full before drain would have been:", len(drained) == lifo.maxsize)

nested = queue.LifoQueue()
for depth in range(5):
    nested.put([depth] * depth)
print([nested.get() for _ in range(5)])
try:
    nested.get(block=False)
except queue.Empty as e:
    print("Empty:", repr(e))
print(isinstance(nested, queue.Queue), issubclass(queue.LifoQueue, queue.Queue))
print(queue.LifoQueue.__mro__[1].__name__, queue.PriorityQueue.__bases__[0].__name__)
