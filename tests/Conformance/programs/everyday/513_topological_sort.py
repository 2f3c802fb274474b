# Topological sorting: Kahn's algorithm, DFS with colours and cycle reporting, build order with levels.
from collections import deque

deps = {
    "app": ["lib", "utils", "config"],
    "lib": ["utils", "core"],
    "utils": ["core"],
    "config": [],
    "core": [],
    "tests": ["app", "mock"],
    "mock": ["core"],
}

def kahn(graph):
    indegree = {n: 0 for n in graph}
    users = {n: [] for n in graph}
    for node, needs in graph.items():
        for dep in needs:
            indegree[node] += 1
            users[dep].append(node)
    ready = deque(sorted(n for n, d in indegree.items() if d == 0))
    order = []
    while ready:
        node = ready.popleft()
        order.append(node)
        for user in sorted(users[node]):
            indegree[user] -= 1
            if indegree[user] == 0:
                ready.append(user)
    if len(order) != len(graph):
        stuck = sorted(n for n, d in indegree.items() if d > 0)
        raise ValueError(f"cycle among {stuck}")
    return order

def dfs_order(graph):
    WHITE, GREY, BLACK = 0, 1, 2
    colour = {n: WHITE for n in graph}
    order = []
    def visit(node, trail):
        if colour[node] == GREY:
            cycle = trail[trail.index(node):] + [node]
            raise ValueError("cycle: " + " -> ".join(cycle))
        if colour[node] == BLACK:
            return
        colour[node] = GREY
        for dep in graph[node]:
            visit(dep, trail + [node])
        colour[node] = BLACK
        order.append(node)
    for node in sorted(graph):
        visit(node, [])
    return order

def levels(graph):
    level = {}
    def depth(node):
        if node not in level:
            level[node] = 1 + max((depth(d) for d in graph[node]), default=-1)
        return level[node]
    for n in graph:
        depth(n)
    out = {}
    for n, l in level.items():
        out.setdefault(l, []).append(n)
    return [sorted(out[l]) for l in sorted(out)]

print("kahn", kahn(deps))
print("dfs ", dfs_order(deps))
print("levels", levels(deps))
order = kahn(deps)
pos = {n: i for i, n in enumerate(order)}
print("valid", all(pos[d] < pos[n] for n, ds in deps.items() for d in ds))

cyclic = dict(deps)
cyclic["core"] = ["tests"]
for algo in (kahn, dfs_order):
    try:
        algo(cyclic)
    except ValueError as e:
        print(algo.__name__, "ValueError:", e)

courses = [(1, 0), (2, 1), (3, 1), (3, 2), (4, 3), (5, 4), (5, 0)]
graph = {i: [] for i in range(6)}
for course, pre in courses:
    graph[course].append(pre)
print("courses", kahn(graph), levels(graph))

def all_orders(graph):
    indegree = {n: len(graph[n]) for n in graph}
    users = {n: [m for m in graph if n in graph[m]] for n in graph}
    result, current = [], []
    def backtrack():
        if len(current) == len(graph):
            result.append("".join(current))
            return
        for n in sorted(graph):
            if indegree[n] == 0 and n not in current:
                current.append(n)
                for u in users[n]:
                    indegree[u] -= 1
                backtrack()
                for u in users[n]:
                    indegree[u] += 1
                current.pop()
    backtrack()
    return result
small = {"a": [], "b": ["a"], "c": ["a"], "d": ["b", "c"], "e": []}
orders = all_orders(small)
print(len(orders), orders)
