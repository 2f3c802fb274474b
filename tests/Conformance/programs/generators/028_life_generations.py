# Conway's life: neighbours, cells and generations all produced by generators.
def neighbours(cell):
    x, y = cell
    for dx in (-1, 0, 1):
        for dy in (-1, 0, 1):
            if dx or dy:
                yield x + dx, y + dy

def candidates(alive):
    seen = set()
    for cell in alive:
        for c in (cell,) + tuple(neighbours(cell)):
            if c not in seen:
                seen.add(c)
                yield c

def step(alive):
    for cell in candidates(alive):
        count = sum(1 for n in neighbours(cell) if n in alive)
        if count == 3 or (count == 2 and cell in alive):
            yield cell

def generations(alive):
    alive = set(alive)
    while True:
        yield alive
        alive = set(step(alive))

def render(alive, width, height):
    return "\n".join("".join("#" if (x, y) in alive else "." for x in range(width)) for y in range(height))

glider = set([(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)])
for index, alive in enumerate(generations(glider)):
    print("generation", index, "cells", len(alive), "bounds", min(alive), max(alive))
    print(render(alive, 6, 6))
    if index == 4:
        break

blinker = set([(1, 0), (1, 1), (1, 2)])
g = generations(blinker)
states = [sorted(next(g)) for _ in range(4)]
print(states[0] == states[2], states[1] == states[3], states[0] != states[1])
block = set([(0, 0), (0, 1), (1, 0), (1, 1)])
gb = generations(block)
print(all(next(gb) == block for _ in range(5)))
r_pentomino = set([(1, 0), (2, 0), (0, 1), (1, 1), (1, 2)])
population = [len(a) for a, _ in zip(generations(r_pentomino), range(30))]
print(population)
