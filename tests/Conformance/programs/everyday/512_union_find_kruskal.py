# Union-find with path compression and union by rank; Kruskal's MST; counting islands; equivalence classes.
class DisjointSet:
    def __init__(self, items=()):
        self.parent = {}
        self.rank = {}
        self.size = {}
        for it in items:
            self.add(it)
    def add(self, x):
        if x not in self.parent:
            self.parent[x] = x
            self.rank[x] = 0
            self.size[x] = 1
    def find(self, x):
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root
    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self.rank[ra] < self.rank[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.size[ra] += self.size[rb]
        if self.rank[ra] == self.rank[rb]:
            self.rank[ra] += 1
        return True
    def groups(self):
        out = {}
        for x in self.parent:
            out.setdefault(self.find(x), []).append(x)
        return sorted(sorted(g) for g in out.values())
    def __len__(self):
        return sum(1 for x in self.parent if self.parent[x] == x)
    def __contains__(self, x):
        return x in self.parent

ds = DisjointSet(range(10))
for a, b in [(0, 1), (2, 3), (1, 3), (4, 5), (6, 7), (5, 7), (0, 3), (8, 8)]:
    merged = ds.union(a, b)
    print(f"union({a}, {b}) -> {merged}; sets={len(ds)}")
print(ds.groups())
print([ds.find(i) == ds.find(3) for i in range(10)], ds.size[ds.find(0)], 9 in ds, 10 in ds)

edges = [(4, "a", "b"), (8, "a", "h"), (11, "b", "h"), (8, "b", "c"), (7, "h", "i"), (1, "h", "g"),
         (6, "i", "g"), (2, "i", "c"), (4, "c", "f"), (7, "c", "d"), (2, "g", "f"), (14, "d", "f"),
         (9, "d", "e"), (10, "e", "f")]
ds = DisjointSet("abcdefghi")
mst = []
for w, u, v in sorted(edges):
    if ds.union(u, v):
        mst.append((u, v, w))
        print("take", u, v, w)
    else:
        print("skip", u, v, w)
print("mst weight", sum(w for *_, w in mst), "edges", len(mst))

grid = ["11000", "11011", "00100", "00011", "10001"]
ds = DisjointSet()
for r, row in enumerate(grid):
    for c, ch in enumerate(row):
        if ch == "1":
            ds.add((r, c))
            for dr, dc in ((-1, 0), (0, -1)):
                nb = (r + dr, c + dc)
                if nb in ds:
                    ds.union((r, c), nb)
print("islands", len(ds), [len(g) for g in ds.groups()])

pairs = [("cat", "feline"), ("dog", "canine"), ("feline", "kitty"), ("hound", "dog"), ("car", "auto")]
syn = DisjointSet()
for a, b in pairs:
    syn.add(a); syn.add(b); syn.union(a, b)
for g in syn.groups():
    print("synonyms", g)
def same(a, b):
    return a in syn and b in syn and syn.find(a) == syn.find(b)
print(same("cat", "kitty"), same("hound", "canine"), same("cat", "dog"), same("car", "plane"))
