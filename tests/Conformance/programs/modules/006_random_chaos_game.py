# A seeded chaos game (Sierpinski triangle) drawn as text: every point depends on CPython's random stream.
import random

random.seed(1234)
W, H = 48, 24
corners = [(0.0, 0.0), (1.0, 0.0), (0.5, 1.0)]
x, y = random.random(), random.random()
grid = [[" "] * W for _ in range(H)]
for i in range(4000):
    cx, cy = random.choice(corners)
    x, y = (x + cx) / 2, (y + cy) / 2
    if i > 10:
        col = min(W - 1, int(x * W))
        row = min(H - 1, int((1 - y) * H))
        grid[row][col] = "*"
for row in grid:
    print("".join(row).rstrip())
print("final point", repr(x), repr(y))
print("filled", sum([row.count("*") for row in grid]))
random.seed("chaos")
print([round(random.uniform(-1, 1), 6) for _ in range(5)])
print(random.getstate()[1][:3])
