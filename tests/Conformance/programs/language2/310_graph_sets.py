# Graph algorithms whose printed sets show CPython's set iteration order (int nodes only).

edges = [(1, 2), (2, 3), (3, 1), (3, 4), (4, 5), (5, 6), (6, 4), (7, 8), (8, 9), (40, 41), (41, 7), (100, 1)]
graph = {}
for a, b in edges:
    graph.setdefault(a, set()).add(b)
    graph.setdefault(b, set())
print("nodes:", set(graph))
print("adjacency:", {k: graph[k] for k in sorted(graph)})


def reachable(start):
    seen = {start}
    frontier = {start}
    while frontier:
        nxt = set()
        for node in frontier:
            nxt |= graph[node] - seen
        seen |= nxt
        frontier = nxt
        print("  frontier", frontier, "seen", seen)
    return seen


for s in (1, 40, 9):
    print("from", s, "->", reachable(s))

reverse = {n: set() for n in graph}
for a, b in edges:
    reverse[b].add(a)
print("reverse of 4:", reverse[4], "of 1:", reverse[1])

# Strongly connected components by forward/backward reachability.
remaining = set(graph)
components = []
while remaining:
    pivot = min(remaining)
    fwd, bwd, stack = set(), set(), [pivot]
    while stack:
        n = stack.pop()
        if n not in fwd:
            fwd.add(n)
            stack.extend(graph[n])
    stack = [pivot]
    while stack:
        n = stack.pop()
        if n not in bwd:
            bwd.add(n)
            stack.extend(reverse[n])
    comp = fwd & bwd
    components.append(comp)
    remaining -= comp
    print("component of", pivot, "=", comp, "left", remaining)
print("sizes:", [len(c) for c in components])
print("big ones:", [c for c in components if len(c) > 1])

degrees = {}
for n in graph:
    degrees.setdefault(len(graph[n]), set()).add(n)
print("by out-degree:", {d: degrees[d] for d in sorted(degrees)})
sinks = {n for n, out in graph.items() if not out}
sources = set(graph) - {b for _, b in edges}
print("sinks:", sinks, "sources:", sources, "both:", sinks & sources)
print("symmetric diff:", sinks ^ {9, 6, 2}, "union:", sinks | sources | {64, 33})
popped = []
pool = set(range(10, 200, 13))
print("pool:", pool)
while len(pool) > 10:
    popped.append(pool.pop())
print("popped:", popped, "pool now:", pool)
pool.update([1000, 2000, 3000, 33])
print("after update:", pool)
