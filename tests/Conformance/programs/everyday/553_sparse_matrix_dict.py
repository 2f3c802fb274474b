# A sparse matrix backed by a dict of (row, col) -> value, with arithmetic, transpose, and a sparse dot product.
class Sparse:
    def __init__(self, rows, cols, entries=None):
        self.rows, self.cols = rows, cols
        self.data = {}
        for (r, c), v in (entries or {}).items():
            self[r, c] = v
    def _check(self, r, c):
        if not (0 <= r < self.rows and 0 <= c < self.cols):
            raise IndexError(f"index ({r}, {c}) out of range for {self.rows}x{self.cols}")
    def __getitem__(self, key):
        r, c = key
        self._check(r, c)
        return self.data.get((r, c), 0)
    def __setitem__(self, key, value):
        r, c = key
        self._check(r, c)
        if value:
            self.data[(r, c)] = value
        else:
            self.data.pop((r, c), None)
    def __add__(self, other):
        if (self.rows, self.cols) != (other.rows, other.cols):
            raise ValueError("shape mismatch")
        out = Sparse(self.rows, self.cols, self.data)
        for k, v in other.data.items():
            out[k] = out[k] + v
        return out
    def __mul__(self, other):
        if isinstance(other, (int, float)):
            return Sparse(self.rows, self.cols, {k: v * other for k, v in self.data.items()})
        if self.cols != other.rows:
            raise ValueError(f"cannot multiply {self.rows}x{self.cols} by {other.rows}x{other.cols}")
        by_row = {}
        for (r, c), v in other.data.items():
            by_row.setdefault(r, []).append((c, v))
        out = Sparse(self.rows, other.cols)
        for (r, k), v in self.data.items():
            for c, w in by_row.get(k, ()):
                out[r, c] = out[r, c] + v * w
        return out
    __rmul__ = __mul__
    def transpose(self):
        return Sparse(self.cols, self.rows, {(c, r): v for (r, c), v in self.data.items()})
    def density(self):
        return len(self.data) / (self.rows * self.cols)
    def dense(self):
        return [[self[r, c] for c in range(self.cols)] for r in range(self.rows)]
    def __eq__(self, other):
        return (self.rows, self.cols, self.data) == (other.rows, other.cols, other.data)
    def __repr__(self):
        return f"Sparse({self.rows}x{self.cols}, nnz={len(self.data)})"

a = Sparse(3, 4, {(0, 0): 1, (1, 2): 5, (2, 3): -2})
b = Sparse(4, 2, {(0, 1): 3, (2, 0): 4, (3, 1): 1})
print(a, b, a.density(), sorted(a.data.items()))
for row in a.dense():
    print(row)
c = a * b
print(c, c.dense(), (2 * a).dense()[1], (a + a).data == (a * 2).data)
print(a.transpose().dense(), a.transpose().transpose() == a)
a[1, 2] = 0
print(a, sorted(a.data))
for bad in [lambda: a[3, 0], lambda: a * a, lambda: a + b]:
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__ + ":", e)
n = 50
big = Sparse(n, n, {(i, i): 2 for i in range(n)})
for i in range(n - 1):
    big[i, i + 1] = -1
    big[i + 1, i] = -1
v = Sparse(n, 1, {(i, 0): 1 for i in range(n)})
r = big * v
print(big, r, sorted(r.data.items())[:3], r[n - 1, 0], sum(r.data.values()))
ident = Sparse(4, 4, {(i, i): 1 for i in range(4)})
m = Sparse(4, 4, {(0, 1): 7, (3, 2): 9})
print((ident * m) == m, (m * ident) == m, (m * m).data)
