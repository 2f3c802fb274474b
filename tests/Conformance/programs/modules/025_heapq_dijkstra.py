# Dijkstra's shortest paths with heapq and a dict-of-dicts graph; k-way merge of sorted logs.
import heapq

graph = {
    "A": {"B": 7, "C": 9, "F": 14},
    "B": {"A": 7, "C": 10, "D": 15},
    "C": {"A": 9, "B": 10, "D": 11, "F": 2},
    "D": {"B": 15, "C": 11, "E": 6},
    "E": {"D": 6, "F": 9},
    "F": {"A": 14, "C": 2, "E": 9},
}

def dijkstra(source):
    dist = {source: 0}
    prev = {}
    heap = [(0, source)]
    visited = []
    while heap:
        d, node = heapq.heappop(heap)
        if node in visited:
            continue
        visited.append(node)
        for nxt in sorted(graph[node]):
            nd = d + graph[node][nxt]
            if nxt not in dist or nd < dist[nxt]:
                dist[nxt] = nd
                prev[nxt] = node
                heapq.heappush(heap, (nd, nxt))
    return dist, prev, visited

dist, prev, order = dijkstra("A")
print("visit order", order)
for node in sorted(dist):
    path = [node]
    while path[-1] in prev:
        path.append(prev[path[-1]])
    print(node, dist[node], "->".join(reversed(path)))

logs = [
    [(1, "a: start"), (5, "a: step"), (9, "a: end")],
    [(2, "b: start"), (3, "b: step"), (10, "b: end")],
    [(4, "c: only")],
]
for t, msg in heapq.merge(*logs):
    print(t, msg)
print(heapq.nsmallest(3, [(d, n) for n, d in dist.items()]))
