# Spectral norm in the style of the benchmarks game: the largest singular value of the infinite
# matrix A[i][j] = 1 / ((i + j) * (i + j + 1) / 2 + i + 1), by power iteration on A^T A.
# The problem size (the matrix order) is sys.argv[1]; the default is small.
import sys


def eval_a(i, j):
    ij = i + j
    return 1.0 / (ij * (ij + 1) // 2 + i + 1)


def mul_av(v, out):
    n = len(v)
    for i in range(n):
        total = 0.0
        for j in range(n):
            total += eval_a(i, j) * v[j]
        out[i] = total


def mul_atv(v, out):
    n = len(v)
    for i in range(n):
        total = 0.0
        for j in range(n):
            total += eval_a(j, i) * v[j]
        out[i] = total


def mul_atav(v, out, tmp):
    mul_av(v, tmp)
    mul_atv(tmp, out)


def spectral_norm(n, rounds):
    u = [1.0] * n
    v = [0.0] * n
    tmp = [0.0] * n
    history = []
    for _ in range(rounds):
        mul_atav(u, v, tmp)
        mul_atav(v, u, tmp)
        vbv = sum(ub * vb for ub, vb in zip(u, v))
        vv = sum(vb * vb for vb in v)
        history.append((vbv / vv) ** 0.5)
    return history, u, v


n = int(sys.argv[1]) if len(sys.argv) > 1 else 30
print("order", n)
print("A corner:", ["%.6f" % eval_a(i, j) for i in range(3) for j in range(3)])
history, u, v = spectral_norm(n, 10)
for step, estimate in enumerate(history):
    print("round %d: %.12f" % (step, estimate))
print("u[:4]", ["%.6e" % x for x in u[:4]])
print("v[-2:]", ["%.6e" % x for x in v[-2:]])
print("spectral norm %.9f" % history[-1])
