# Matrix operations on lists of lists: multiply, transpose, determinant with Fractions-free elimination, inverse, powers.
def shape(m):
    return len(m), len(m[0]) if m else 0

def transpose(m):
    return [list(row) for row in zip(*m)]

def matmul(a, b):
    ra, ca = shape(a)
    rb, cb = shape(b)
    if ca != rb:
        raise ValueError(f"shapes {ra}x{ca} and {rb}x{cb} do not align")
    bt = transpose(b)
    return [[sum(x * y for x, y in zip(row, col)) for col in bt] for row in a]

def identity(n):
    return [[int(i == j) for j in range(n)] for i in range(n)]

def matpow(m, k):
    result = identity(len(m))
    while k:
        if k & 1:
            result = matmul(result, m)
        m = matmul(m, m)
        k >>= 1
    return result

def det_bareiss(m):
    a = [row[:] for row in m]
    n = len(a)
    sign, prev = 1, 1
    for k in range(n - 1):
        if a[k][k] == 0:
            swap = next((i for i in range(k + 1, n) if a[i][k] != 0), None)
            if swap is None:
                return 0
            a[k], a[swap] = a[swap], a[k]
            sign = -sign
        for i in range(k + 1, n):
            for j in range(k + 1, n):
                a[i][j] = (a[i][j] * a[k][k] - a[i][k] * a[k][j]) // prev
        prev = a[k][k]
    return sign * a[-1][-1]

def inverse(m):
    n = len(m)
    aug = [list(map(float, row)) + [float(i == j) for j in range(n)] for i, row in enumerate(m)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(aug[r][col]))
        if abs(aug[pivot][col]) < 1e-12:
            raise ZeroDivisionError("matrix is singular")
        aug[col], aug[pivot] = aug[pivot], aug[col]
        p = aug[col][col]
        aug[col] = [v / p for v in aug[col]]
        for r in range(n):
            if r != col:
                f = aug[r][col]
                aug[r] = [v - f * w for v, w in zip(aug[r], aug[col])]
    return [row[n:] for row in aug]

def show(name, m, fmt="{:>5}"):
    print(name)
    for row in m:
        print("  " + " ".join(fmt.format(v) for v in row))

a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
show("a", a)
show("a^T", transpose(a))
show("a*b", matmul(a, b))
show("b*a", matmul(b, a))
try:
    matmul(a, a)
except ValueError as e:
    print("ValueError:", e)
fib = [[1, 1], [1, 0]]
for k in (1, 2, 10, 50, 100):
    print("fib^%d" % k, matpow(fib, k)[0][1])
for m in ([[2]], [[1, 2], [3, 4]], [[6, 1, 1], [4, -2, 5], [2, 8, 7]], [[1, 2, 3], [4, 5, 6], [7, 8, 9]],
          [[0, 2, 1], [1, 0, 0], [3, 1, 2]], [[2, 0, 0, 0], [0, 3, 0, 0], [0, 0, 4, 0], [1, 1, 1, 5]]):
    print("det", m, det_bareiss(m))
m = [[4, 7], [2, 6]]
inv = inverse(m)
show("inv", inv, "{:>8.4f}")
show("m*inv", [[round(v, 10) + 0.0 for v in row] for row in matmul(m, inv)], "{:>6}")
try:
    inverse([[1, 2], [2, 4]])
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
spiral = []
n = 5
grid = [[0] * n for _ in range(n)]
r = c = 0
dr, dc = 0, 1
for v in range(1, n * n + 1):
    grid[r][c] = v
    nr, nc = r + dr, c + dc
    if not (0 <= nr < n and 0 <= nc < n and grid[nr][nc] == 0):
        dr, dc = dc, -dr
        nr, nc = r + dr, c + dc
    r, c = nr, nc
show("spiral", grid, "{:>3}")
rot = [list(row) for row in zip(*grid[::-1])]
show("rotated", rot, "{:>3}")
print("trace", sum(grid[i][i] for i in range(n)), "anti", sum(grid[i][n - 1 - i] for i in range(n)))
print("row sums", [sum(row) for row in grid], "col sums", [sum(col) for col in zip(*grid)])
