# Matrices as nested lists: products, transposes, determinants with comprehensions.
def mat_mul(a, b):
    cols = list(zip(*b))
    return [[sum(x * y for x, y in zip(row, col)) for col in cols] for row in a]

def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]

def det(m):
    if len(m) == 1:
        return m[0][0]
    return sum((-1) ** c * m[0][c] * det([row[:c] + row[c + 1:] for row in m[1:]]) for c in range(len(m)))

def show(m):
    width = max(len(str(v)) for row in m for v in row)
    return "\n".join(" ".join(f"{v:>{width}}" for v in row) for row in m)

a = [[1, 2], [3, 4]]
b = [[5, 6], [7, 8]]
print(show(mat_mul(a, b)))
print(mat_mul(a, identity(2)) == a, det(a), det(b), det(identity(4)))
m3 = [[2, -3, 1], [2, 0, -1], [1, 4, 5]]
print(det(m3), show([list(r) for r in zip(*m3)]))
power = identity(2)
fib = [[1, 1], [1, 0]]
for _ in range(30):
    power = mat_mul(power, fib)
print(power[0][1])
print({(i, j): v for i, row in enumerate(a) for j, v in enumerate(row) if v % 2 == 0})
print([sum(row) for row in m3], [sum(col) for col in zip(*m3)], sum(map(sum, m3)))
