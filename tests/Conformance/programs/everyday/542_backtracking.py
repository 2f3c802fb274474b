# Recursion and backtracking: subsets, permutations, combinations summing to a target, n-queens, word search.
def subsets(items):
    if not items:
        return [[]]
    rest = subsets(items[1:])
    return rest + [[items[0]] + s for s in rest]

def permutations(items):
    if len(items) <= 1:
        return [items[:]]
    out = []
    for i, x in enumerate(items):
        for p in permutations(items[:i] + items[i + 1:]):
            out.append([x] + p)
    return out

def combination_sum(candidates, target):
    result = []
    def go(start, remaining, path):
        if remaining == 0:
            result.append(path[:])
            return
        for i in range(start, len(candidates)):
            c = candidates[i]
            if c > remaining:
                break
            if i > start and c == candidates[i - 1]:
                continue
            path.append(c)
            go(i + 1, remaining - c, path)
            path.pop()
    go(0, target, [])
    return result

def queens(n):
    solutions = []
    cols, diag1, diag2 = set(), set(), set()
    placement = []
    def place(row):
        if row == n:
            solutions.append(placement[:])
            return
        for c in range(n):
            if c in cols or row - c in diag1 or row + c in diag2:
                continue
            cols.add(c); diag1.add(row - c); diag2.add(row + c); placement.append(c)
            place(row + 1)
            cols.discard(c); diag1.discard(row - c); diag2.discard(row + c); placement.pop()
    place(0)
    return solutions

def word_search(grid, word):
    rows, cols = len(grid), len(grid[0])
    def dfs(r, c, i, seen):
        if i == len(word):
            return True
        if not (0 <= r < rows and 0 <= c < cols) or (r, c) in seen or grid[r][c] != word[i]:
            return False
        seen.add((r, c))
        found = any(dfs(r + dr, c + dc, i + 1, seen) for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)))
        seen.discard((r, c))
        return found
    return any(dfs(r, c, 0, set()) for r in range(rows) for c in range(cols))

print(subsets([1, 2, 3]))
print(len(subsets(list(range(10)))), sorted(map(sum, subsets([1, 5, 10])))[-3:])
print(permutations([1, 2, 3]), len(permutations(list("abcde"))))
print(combination_sum(sorted([10, 1, 2, 7, 6, 1, 5]), 8))
print(combination_sum([2, 3, 5], 8), combination_sum([3], 2))
for n in range(1, 9):
    sols = queens(n)
    print(n, len(sols), sols[0] if sols else None)
board = queens(6)[0]
for c in board:
    print(" ".join("Q" if i == c else "." for i in range(6)))
grid = ["ABCE", "SFCS", "ADEE"]
for w in ["ABCCED", "SEE", "ABCB", "ASADFBCCEESE", "Z"]:
    print(w, word_search(grid, w))
def parens(n):
    out = []
    def go(s, opened, closed):
        if len(s) == 2 * n:
            out.append(s)
            return
        if opened < n:
            go(s + "(", opened + 1, closed)
        if closed < opened:
            go(s + ")", opened, closed + 1)
    go("", 0, 0)
    return out
print(parens(3), [len(parens(k)) for k in range(1, 9)])
def hanoi(n, a="A", b="B", c="C", moves=None):
    moves = [] if moves is None else moves
    if n:
        hanoi(n - 1, a, c, b, moves)
        moves.append(a + c)
        hanoi(n - 1, b, a, c, moves)
    return moves
print(hanoi(3), len(hanoi(10)))
def flood(image, r, c, new):
    old = image[r][c]
    if old == new:
        return image
    def fill(r, c):
        if 0 <= r < len(image) and 0 <= c < len(image[0]) and image[r][c] == old:
            image[r][c] = new
            fill(r + 1, c); fill(r - 1, c); fill(r, c + 1); fill(r, c - 1)
    fill(r, c)
    return image
img = [list(row) for row in ["..##.", ".#..#", ".#..#", "..##."]]
for row in flood(img, 1, 2, "o"):
    print("".join(row))
