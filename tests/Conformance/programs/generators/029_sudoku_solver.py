# A small sudoku solver: candidate generators plus backtracking with yield from.
def candidates(grid, r, c, n, box):
    used = set(grid[r]) | set(grid[i][c] for i in range(n))
    br, bc = r // box * box, c // box * box
    used |= set(grid[i][j] for i in range(br, br + box) for j in range(bc, bc + box))
    for v in range(1, n + 1):
        if v not in used:
            yield v

def empty_cells(grid):
    for r, row in enumerate(grid):
        for c, v in enumerate(row):
            if v == 0:
                yield r, c

def solve(grid, n, box, counter):
    cell = next(empty_cells(grid), None)
    if cell is None:
        yield [row[:] for row in grid]
        return
    r, c = cell
    for v in candidates(grid, r, c, n, box):
        counter[0] += 1
        grid[r][c] = v
        yield from solve(grid, n, box, counter)
        grid[r][c] = 0

def show(grid):
    for row in grid:
        print(" ".join(str(v) for v in row))

small = [[1, 0, 0, 0], [0, 0, 3, 0], [0, 4, 0, 0], [0, 0, 0, 2]]
counter = [0]
solutions = list(solve(small, 4, 2, counter))
print("4x4 solutions:", len(solutions), "placements tried:", counter[0])
show(solutions[0])
open_grid = [[0] * 4 for _ in range(4)]
counter = [0]
print("empty 4x4 has", sum(1 for _ in solve(open_grid, 4, 2, counter)), "solutions")

puzzle = [
    [5, 3, 0, 0, 7, 0, 0, 0, 0],
    [6, 0, 0, 1, 9, 5, 0, 0, 0],
    [0, 9, 8, 0, 0, 0, 0, 6, 0],
    [8, 0, 0, 0, 6, 0, 0, 0, 3],
    [4, 0, 0, 8, 0, 3, 0, 0, 1],
    [7, 0, 0, 0, 2, 0, 0, 0, 6],
    [0, 6, 0, 0, 0, 0, 2, 8, 0],
    [0, 0, 0, 4, 1, 9, 0, 0, 5],
    [0, 0, 0, 0, 8, 0, 0, 7, 9],
]
counter = [0]
first = next(solve(puzzle, 9, 3, counter))
print("9x9 solved after", counter[0], "placements")
show(first)
print("rows ok:", all(sorted(row) == list(range(1, 10)) for row in first))
print("cols ok:", all(sorted(first[r][c] for r in range(9)) == list(range(1, 10)) for c in range(9)))
