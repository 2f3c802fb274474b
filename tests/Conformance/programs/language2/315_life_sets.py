# Conway's Life on a set of (x, y) tuples, printing the raw sets (CPython's hash order for tuples of ints).

def neighbours(cell):
    x, y = cell
    return {(x + dx, y + dy) for dx in (-1, 0, 1) for dy in (-1, 0, 1) if dx or dy}


def step(live):
    candidates = set(live)
    for cell in live:
        candidates |= neighbours(cell)
    nxt = set()
    for cell in candidates:
        n = len(neighbours(cell) & live)
        if n == 3 or (n == 2 and cell in live):
            nxt.add(cell)
    return nxt


def show(live):
    xs = [x for x, _ in live]
    ys = [y for _, y in live]
    for y in range(min(ys), max(ys) + 1):
        print("   " + "".join("#" if (x, y) in live else "." for x in range(min(xs), max(xs) + 1)))


glider = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}
print("glider:", glider)
world = set(glider)
for gen in range(4):
    world = step(world)
    print("gen", gen + 1, sorted(world))
    print("   raw:", world)
show(world)
print("moved by (1, 1):", world == {(x + 1, y + 1) for x, y in glider})

blinker = {(0, 1), (1, 1), (2, 1)}
b2 = step(blinker)
print("blinker:", blinker, "->", b2, "->", step(b2), step(b2) == blinker)
block = {(0, 0), (0, 1), (1, 0), (1, 1)}
print("block still:", step(block) == block, step(block))
print("neighbours of origin:", neighbours((0, 0)))
counts = {}
for cell in glider:
    for n in neighbours(cell):
        counts[n] = counts.get(n, 0) + 1
print("cells with 3:", {c for c, k in counts.items() if k == 3})
print("frozen:", frozenset(glider), hash(frozenset(glider)) == hash(frozenset(sorted(glider))))
