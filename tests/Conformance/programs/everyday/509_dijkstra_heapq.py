# Weighted shortest paths with heapq: Dijkstra, path reconstruction, Prim's MST, k smallest.
import heapq

roads = [("A", "B", 7), ("A", "C", 9), ("A", "F", 14), ("B", "C", 10), ("B", "D", 15), ("C", "D", 11),
         ("C", "F", 2), ("D", "E", 6), ("E", "F", 9), ("G", "H", 1)]
graph = {}
for u, v, w in roads:
    graph.setdefault(u, []).append((v, w))
    graph.setdefault(v, []).append((u, w))

def dijkstra(source):
    dist = {source: 0}
    prev = {}
    heap = [(0, source)]
    pops = 0
    while heap:
        d, u = heapq.heappop(heap)
        pops += 1
        if d > dist[u]:
            continue
        for v, w in sorted(graph[u]):
            nd = d + w
            if v not in dist or nd < dist[v]:
                dist[v] = nd
                prev[v] = u
                heapq.heappush(heap, (nd, v))
    return dist, prev, pops

dist, prev, pops = dijkstra("A")
print("pops", pops)
for node in sorted(graph):
    if node not in dist:
        print(node, "unreachable")
        continue
    path = [node]
    while path[-1] in prev:
        path.append(prev[path[-1]])
    print(node, dist[node], "->".join(reversed(path)))

def prim(start):
    seen = {start}
    heap = [(w, start, v) for v, w in graph[start]]
    heapq.heapify(heap)
    tree = []
    while heap:
        w, u, v = heapq.heappop(heap)
        if v in seen:
            continue
        seen.add(v)
        tree.append((u, v, w))
        for nxt, w2 in graph[v]:
            if nxt not in seen:
                heapq.heappush(heap, (w2, v, nxt))
    return tree
mst = prim("A")
print("mst", mst, "weight", sum(w for _, _, w in mst))

nums = [29, 3, 17, 3, 88, -4, 42, 0, 17, 65, 12]
h = list(nums)
heapq.heapify(h)
print("heap[0]", h[0], "valid", all(h[i] <= h[c] for i in range(len(h)) for c in (2 * i + 1, 2 * i + 2) if c < len(h)))
print("sorted by pops", [heapq.heappop(h) for _ in range(len(h))])
print(heapq.nsmallest(3, nums), heapq.nlargest(3, nums), heapq.nsmallest(2, nums, key=lambda x: abs(x - 20)))
h = [5, 1, 8]
heapq.heapify(h)
print(heapq.heappushpop(h, 0), heapq.heapreplace(h, 10), h)
print(list(heapq.merge([1, 4, 9], [2, 3, 10], [0, 11])))
print(list(heapq.merge(["apple", "fig"], ["banana", "kiwi"], key=len)))

class Task:
    def __init__(self, priority, name):
        self.priority = priority
        self.name = name
    def __lt__(self, other):
        return (self.priority, self.name) < (other.priority, other.name)
    def __repr__(self):
        return f"Task({self.priority}, {self.name!r})"
tasks = []
for p, n in [(3, "write"), (1, "plan"), (2, "code"), (1, "coffee"), (5, "ship")]:
    heapq.heappush(tasks, Task(p, n))
    print("push", n, "top", tasks[0])
while tasks:
    print("run", heapq.heappop(tasks))

counter = 0
pq = []
for name, prio in [("x", 2), ("y", 1), ("z", 2), ("w", 1)]:
    heapq.heappush(pq, (prio, counter, name))
    counter += 1
print([heapq.heappop(pq)[2] for _ in range(len(pq))])
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError:", e)
