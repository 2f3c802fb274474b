# Graph algorithms on an adjacency-list dict: BFS shortest paths, DFS orders, components, cycles, bipartiteness.
from collections import deque

edges = [("a", "b"), ("a", "c"), ("b", "d"), ("c", "d"), ("d", "e"), ("f", "g"), ("g", "h"), ("h", "f"), ("i", "i")]
graph = {}
for u, v in edges:
    graph.setdefault(u, []).append(v)
    graph.setdefault(v, []).append(u)
for node in sorted(graph):
    graph[node].sort()
    print(node, graph[node])

def bfs(start):
    dist = {start: 0}
    parent = {start: None}
    queue = deque([start])
    order = []
    while queue:
        node = queue.popleft()
        order.append(node)
        for nxt in graph[node]:
            if nxt not in dist:
                dist[nxt] = dist[node] + 1
                parent[nxt] = node
                queue.append(nxt)
    return order, dist, parent

order, dist, parent = bfs("a")
print("bfs order", order)
print("distances", sorted(dist.items()))
def path_to(parent, target):
    path = []
    while target is not None:
        path.append(target)
        target = parent[target]
    return path[::-1]
print("path a->e", path_to(parent, "e"))

def dfs_recursive(node, seen, out):
    seen.add(node)
    out.append(node)
    for nxt in graph[node]:
        if nxt not in seen:
            dfs_recursive(nxt, seen, out)
    return out

def dfs_iterative(start):
    seen, out, stack = set(), [], [start]
    while stack:
        node = stack.pop()
        if node in seen:
            continue
        seen.add(node)
        out.append(node)
        stack.extend(reversed(graph[node]))
    return out

print("dfs rec", dfs_recursive("a", set(), []))
print("dfs it ", dfs_iterative("a"))

def components():
    seen = set()
    comps = []
    for node in sorted(graph):
        if node not in seen:
            comp = dfs_recursive(node, seen, [])
            comps.append(sorted(comp))
    return comps
print("components", components())

def has_cycle_undirected(nodes):
    seen = set()
    for root in nodes:
        if root in seen:
            continue
        stack = [(root, None)]
        while stack:
            node, par = stack.pop()
            if node in seen:
                return True
            seen.add(node)
            for nxt in graph[node]:
                if nxt != par or nxt == node:
                    stack.append((nxt, node))
    return False
for comp in components():
    print(comp, "cycle" if has_cycle_undirected(comp) else "tree")

def bipartite(nodes):
    color = {}
    for root in nodes:
        if root in color:
            continue
        color[root] = 0
        q = deque([root])
        while q:
            n = q.popleft()
            for m in graph[n]:
                if m not in color:
                    color[m] = 1 - color[n]
                    q.append(m)
                elif color[m] == color[n]:
                    return False, n, m
    return True, sorted(k for k, c in color.items() if c == 0), sorted(k for k, c in color.items() if c == 1)
for comp in components():
    print("bipartite", comp, bipartite(comp))

grid = ["S.#.....", ".##.###.", "....#...", ".##...#E", "...##..."]
rows, cols = len(grid), len(grid[0])
start = next((r, c) for r in range(rows) for c in range(cols) if grid[r][c] == "S")
end = next((r, c) for r in range(rows) for c in range(cols) if grid[r][c] == "E")
prev = {start: None}
q = deque([start])
while q:
    r, c = q.popleft()
    if (r, c) == end:
        break
    for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] != "#" and (nr, nc) not in prev:
            prev[(nr, nc)] = (r, c)
            q.append((nr, nc))
route = path_to(prev, end)
print("maze steps", len(route) - 1)
canvas = [list(row) for row in grid]
for r, c in route[1:-1]:
    canvas[r][c] = "*"
for row in canvas:
    print("".join(row))
