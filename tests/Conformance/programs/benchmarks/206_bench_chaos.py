# A chaos game in the style of pyperformance's bm_chaos: seeded random picks of the corners of a
# triangle, points plotted on a character grid; the seeded sequence must match CPython's exactly.
# The number of points is sys.argv[1]; the default is small.
import random
import sys

random.seed(1234)
corners = [(0.0, 0.0), (1.0, 0.0), (0.5, 0.866)]
width, height = 48, 20
grid = [[" "] * width for _ in range(height)]
x, y = random.random(), random.random()
counts = [0, 0, 0]
for i in range(int(sys.argv[1]) if len(sys.argv) > 1 else 6000):
    k = random.randrange(3)
    counts[k] += 1
    cx, cy = corners[k]
    x, y = (x + cx) / 2, (y + cy) / 2
    if i > 20:
        col = int(x * (width - 1))
        row = height - 1 - int(y / 0.866 * (height - 1))
        grid[row][col] = "*"
for line in grid:
    print("".join(line).rstrip())
print(counts, "%.12f %.12f" % (x, y))
print([random.randint(1, 6) for _ in range(10)])
print(random.choice("ABCDEF"), random.uniform(2.0, 3.0))
deck = list(range(10))
random.shuffle(deck)
print(deck, random.sample(range(100), 5))
