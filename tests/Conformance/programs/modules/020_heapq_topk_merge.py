# heapq: the list layout after each operation, top-k, merging sorted streams, a priority queue.
import heapq
import random

h = []
for x in [5, 3, 8, 1, 9, 2, 7]:
    heapq.heappush(h, x)
    print("push", x, h)
while h:
    print("pop", heapq.heappop(h), h)

data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
heapq.heapify(data)
print("heapify", data)
print("replace", heapq.heapreplace(data, 10), data)
print("pushpop small", heapq.heappushpop(data, -1), data)
print("pushpop big", heapq.heappushpop(data, 11), data)

random.seed(17)
nums = [random.randint(1, 1000) for _ in range(40)]
print("nums", nums)
print("3 largest", heapq.nlargest(3, nums))
print("5 smallest", heapq.nsmallest(5, nums))
print("1 largest", heapq.nlargest(1, nums), "0 smallest", heapq.nsmallest(0, nums))
print("all", heapq.nsmallest(100, [3, 1, 2]))

words = ["kiwi", "fig", "banana", "apple", "cherry", "date", "elderberry", "grape"]
print(heapq.nlargest(3, words, key=len))
print(heapq.nsmallest(3, words, key=len))
scores = [("ann", 88), ("bob", 95), ("cid", 88), ("dee", 70), ("eve", 95)]
print(heapq.nlargest(2, scores, key=lambda s: s[1]))
print(heapq.nsmallest(2, scores, key=lambda s: s[1]))

print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])))
print(list(heapq.merge([1, 3, 5], [], [2, 2, 2], [0])))
print(list(heapq.merge(["a", "c"], ["b", "d"], key=str.upper)))
print(list(heapq.merge([9, 5, 1], [8, 4], reverse=True)))
print(list(heapq.merge()))

# A task queue of (priority, sequence, name) tuples.
tasks = []
counter = 0
for prio, name in [(3, "write"), (1, "plan"), (2, "code"), (1, "think"), (5, "ship"), (2, "test")]:
    heapq.heappush(tasks, (prio, counter, name))
    counter += 1
order = []
while tasks:
    prio, _, name = heapq.heappop(tasks)
    order.append((prio, name))
print(order)

# Heap sort.
random.seed(4)
items = [random.random() for _ in range(8)]
heap = list(items)
heapq.heapify(heap)
print([repr(heapq.heappop(heap)) for _ in range(len(heap))] == [repr(x) for x in sorted(items)])

# Running median with two heaps.
low, high = [], []
medians = []
for x in [5, 15, 1, 3, 8, 7, 9, 10, 20, 2]:
    heapq.heappush(low, -x)
    heapq.heappush(high, -heapq.heappop(low))
    if len(high) > len(low):
        heapq.heappush(low, -heapq.heappop(high))
    medians.append(-low[0] if len(low) > len(high) else (-low[0] + high[0]) / 2)
print(medians)
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError:", e)
try:
    heapq.heappush((1,), 2)
except TypeError as e:
    print("TypeError:", e)
