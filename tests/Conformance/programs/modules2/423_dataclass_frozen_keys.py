from dataclasses import dataclass, field, astuple, fields
from functools import lru_cache

@dataclass(frozen=True)
class Cell:
    row: int
    col: int

    def neighbours(self):
        return [Cell(self.row + dr, self.col + dc) for dr in (-1, 0, 1) for dc in (-1, 0, 1) if dr or dc]

def step(live):
    counts = {}
    for cell in live:
        for n in cell.neighbours():
            counts[n] = counts.get(n, 0) + 1
    return {c for c, k in counts.items() if k == 3 or (k == 2 and c in live)}

def show(live, rows, cols):
    for r in range(rows):
        print(''.join('#' if Cell(r, c) in live else '.' for c in range(cols)))

glider = {Cell(0, 1), Cell(1, 2), Cell(2, 0), Cell(2, 1), Cell(2, 2)}
state = glider
for gen in range(4):
    state = step(state)
show(state, 5, 5)
print(sorted(astuple(c) for c in state))
print(len(state), Cell(1, 1) in state, hash(Cell(1, 2)) == hash((1, 2)))

@dataclass(frozen=True, order=True)
class Edge:
    src: str
    dst: str
    weight: int = field(default=1, compare=False)

graph = {Edge('a', 'b', 4), Edge('a', 'c', 1), Edge('c', 'b', 2), Edge('b', 'd', 5), Edge('c', 'd', 8), Edge('a', 'b', 99)}
print(sorted(graph))
print(len(graph), [f.name for f in fields(Edge) if f.compare])

@lru_cache(maxsize=None)
def shortest(src, dst):
    if src == dst:
        return 0
    options = [e.weight + shortest(e.dst, dst) for e in sorted(graph) if e.src == src]
    return min(options, default=float('inf'))

print(shortest('a', 'd'), shortest('c', 'd'), shortest('d', 'a'), shortest.cache_info().hits > 0)

@dataclass(frozen=True)
class Config:
    name: str
    retries: int = 3
    hosts: tuple = ()

cache = {}
for cfg in [Config('a'), Config('a'), Config('b', 5), Config('a', hosts=('h1',)), Config('b', 5)]:
    cache[cfg] = cache.get(cfg, 0) + 1
for cfg, n in cache.items():
    print(cfg, n)
