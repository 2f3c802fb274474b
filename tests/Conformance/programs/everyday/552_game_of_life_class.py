# Conway's Game of Life as a class on a set of live cells: generations, bounding box rendering, known patterns.
class Life:
    def __init__(self, cells):
        self.cells = set(cells)
        self.generation = 0
    @classmethod
    def parse(cls, text):
        return cls((r, c) for r, line in enumerate(text.strip().splitlines()) for c, ch in enumerate(line) if ch == "#")
    def neighbours(self, cell):
        r, c = cell
        return [(r + dr, c + dc) for dr in (-1, 0, 1) for dc in (-1, 0, 1) if dr or dc]
    def step(self):
        counts = {}
        for cell in self.cells:
            for n in self.neighbours(cell):
                counts[n] = counts.get(n, 0) + 1
        self.cells = {cell for cell, k in counts.items() if k == 3 or (k == 2 and cell in self.cells)}
        self.generation += 1
        return self
    def bbox(self):
        if not self.cells:
            return None
        rows = [r for r, _ in self.cells]
        cols = [c for _, c in self.cells]
        return min(rows), min(cols), max(rows), max(cols)
    def render(self):
        box = self.bbox()
        if box is None:
            return "(empty)"
        r0, c0, r1, c1 = box
        return "\n".join("".join("#" if (r, c) in self.cells else "." for c in range(c0, c1 + 1)) for r in range(r0, r1 + 1))
    def normalised(self):
        r0, c0, _, _ = self.bbox()
        return frozenset((r - r0, c - c0) for r, c in self.cells)
    def __len__(self):
        return len(self.cells)
    def __repr__(self):
        return f"Life(gen={self.generation}, alive={len(self)}, bbox={self.bbox()})"

glider = Life.parse("""
.#.
..#
###
""")
start = glider.normalised()
for _ in range(4):
    glider.step()
print(glider, glider.normalised() == start, glider.bbox())
print(glider.render())
blinker = Life.parse("###")
print([len(blinker.step()) for _ in range(4)], blinker.render())
block = Life.parse("##\n##")
print(block.step().step().render(), block)
rpent = Life.parse("""
.##
##.
.#.
""")
history = []
for g in range(60):
    history.append(len(rpent))
    rpent.step()
print(history[:20])
print(history[40:], rpent)
beacon = Life.parse("##..\n##..\n..##\n..##")
periods = []
seen = {}
state = beacon
for g in range(6):
    key = state.normalised()
    if key in seen:
        periods.append((seen[key], g))
    seen.setdefault(key, g)
    state.step()
print("beacon repeats", periods[:2], len(seen))
empty = Life([(0, 0)])
print(empty.step(), empty.render())
