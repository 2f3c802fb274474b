# A bounded buffer: Queue(maxsize) makes a fast producer wait for a slow consumer.
import threading
import queue

buf = queue.Queue(maxsize=3)
high_water = []
consumed = []


def producer():
    for i in range(20):
        buf.put(i)
        # Never more than maxsize items can be inside.
        high_water.append(buf.qsize() <= 3)
    buf.put("done")


def consumer():
    while True:
        item = buf.get()
        if item == "done":
            break
        consumed.append(item)


p = threading.Thread(target=producer)
c = threading.Thread(target=consumer)
c.start()
p.start()
p.join()
c.join()

print("maxsize:", buf.maxsize)
print("consumed in order:", consumed == list(range(20)))
print("consumed:", consumed)
print("bound respected:", all(high_water), len(high_water))
print("full/empty now:", buf.full(), buf.empty())

small = queue.Queue(2)
small.put("a")
print("full after 1:", small.full())
small.put("b")
print("full after 2:", small.full(), small.qsize())
try:
    small.put_nowait("c")
except queue.Full as e:
    print("Full raised:", type(e).__name__, repr(e))
print(small.get(), small.get(), small.empty())

unbounded = queue.Queue()
for i in range(1000):
    unbounded.put_nowait(i)
print("unbounded:", unbounded.qsize(), unbounded.full(), unbounded.maxsize)
neg = queue.Queue(-5)
for i in range(10):
    neg.put(i)
print("negative maxsize:", neg.qsize(), neg.full())
