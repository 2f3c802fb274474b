# PriorityQueue hands out the smallest item first, whatever order the threads put them in.
import threading
import queue

pq = queue.PriorityQueue()
jobs = [(5, "write report"), (1, "fix outage"), (3, "review"), (2, "answer mail"),
        (4, "lunch"), (1, "call back"), (9, "tidy desk"), (0, "coffee")]


def put_some(items):
    for item in items:
        pq.put(item)


threads = [threading.Thread(target=put_some, args=(jobs[i::3],)) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("size:", pq.qsize())
while not pq.empty():
    prio, what = pq.get()
    print(prio, what)

nums = queue.PriorityQueue()
for n in [17, 3, 99, -4, 3, 42, 0, 8]:
    nums.put(n)
print([nums.get() for _ in range(nums.qsize())])


class Task:
    def __init__(self, prio, name):
        self.prio = prio
        self.name = name

    def __lt__(self, other):
        return self.prio < other.prio


tq = queue.PriorityQueue()
for p, n in [(3, "c"), (1, "a"), (2, "b")]:
    tq.put(Task(p, n))
print([tq.get().name for _ in range(3)])

bounded = queue.PriorityQueue(maxsize=2)
bounded.put((2, "x"))
bounded.put((1, "y"))
try:
    bounded.put((0, "z"), block=False)
except queue.Full:
    print("priority queue full at", bounded.qsize())
print(bounded.get(), bounded.get())
try:
    bounded.get(timeout=0.01)
except queue.Empty:
    print("Empty after timeout")
