# collections.deque: both ends, maxlen sliding windows, rotate, indexing, BFS.
from collections import deque

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], d[2])
print(d.pop(), d.popleft(), d)
d.extend([7, 8])
d.extendleft([-1, -2])
print(d)
d.rotate(2)
print("rotate 2", d)
d.rotate(-3)
print("rotate -3", d)
d.rotate(0)
print(d.count(7), d.index(7), 3 in d, 99 in d, list(reversed(d)))
d.insert(1, "x")
d.remove("x")
d[0] = "first"
del d[1]
print(d)
d.reverse()
print(d, bool(d), bool(deque()))
print(deque("abc") == deque(["a", "b", "c"]), deque([1]) < deque([2]), deque([1, 2]) + deque([3]), deque([0]) * 3)

# Sliding window averages with maxlen.
window = deque(maxlen=3)
for x in [10, 20, 30, 40, 50, 60]:
    window.append(x)
    print(list(window), sum(window) / len(window), window.maxlen)
print(window)
last = deque(range(10), maxlen=4)
print(last)
last.appendleft(-1)
print(last)
print(deque(maxlen=0), deque([1, 2], maxlen=0))

# Moving maximum with a monotonic deque of indices.
nums = [1, 3, -1, -3, 5, 3, 6, 7]
k = 3
q = deque()
out = []
for i, x in enumerate(nums):
    while q and nums[q[-1]] <= x:
        q.pop()
    q.append(i)
    if q[0] <= i - k:
        q.popleft()
    if i >= k - 1:
        out.append(nums[q[0]])
print("window max", out)

# Breadth-first search on a grid.
grid = ["S.#.....",
        ".##.###.",
        "....#...",
        ".##...#E"]
rows, cols = len(grid), len(grid[0])
start = (0, 0)
dist = {start: 0}
queue = deque([start])
while queue:
    r, c = queue.popleft()
    for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] != "#" and (nr, nc) not in dist:
            dist[(nr, nc)] = dist[(r, c)] + 1
            queue.append((nr, nc))
print("steps to E:", dist[(3, 7)], "cells reached:", len(dist))

for action in ["pop", "popleft"]:
    try:
        getattr(deque(), action)()
    except IndexError as e:
        print("IndexError:", e)
try:
    deque([1])[5]
except IndexError as e:
    print("IndexError:", e)
try:
    deque([1, 2]).remove(3)
except ValueError as e:
    print("ValueError:", e)
try:
    deque([1], maxlen=1).insert(0, 2)
except IndexError as e:
    print("IndexError:", e)
try:
    deque(maxlen=-1)
except ValueError as e:
    print("ValueError:", e)
