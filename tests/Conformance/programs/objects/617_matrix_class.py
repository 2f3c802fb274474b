# A small immutable Matrix: __matmul__, __add__, __mul__ by scalars (and reflected), __eq__, __getitem__ with
# tuple keys, transpose, determinant by recursion, identity and powers by repeated squaring.


class Matrix:
    def __init__(self, rows):
        self.rows = tuple(tuple(r) for r in rows)
        self.n = len(self.rows)
        self.m = len(self.rows[0]) if self.rows else 0

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    def __getitem__(self, key):
        i, j = key
        return self.rows[i][j]

    def __matmul__(self, other):
        if self.m != other.n:
            raise ValueError("shapes (%d,%d) and (%d,%d) do not align" % (self.n, self.m, other.n, other.m))
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(row, col)) for col in cols] for row in self.rows])

    def __add__(self, other):
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])

    def __mul__(self, k):
        return Matrix([[a * k for a in row] for row in self.rows])

    __rmul__ = __mul__

    def __pow__(self, e):
        result, base = Matrix.identity(self.n), self
        while e:
            if e & 1:
                result = result @ base
            base = base @ base
            e >>= 1
        return result

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def transpose(self):
        return Matrix(zip(*self.rows))

    def det(self):
        if self.n == 1:
            return self.rows[0][0]
        total = 0
        for j in range(self.m):
            minor = Matrix([row[:j] + row[j + 1:] for row in self.rows[1:]])
            total += (-1) ** j * self.rows[0][j] * minor.det()
        return total

    def __repr__(self):
        width = max(len(str(x)) for row in self.rows for x in row)
        return "\n".join("[" + " ".join(str(x).rjust(width) for x in row) + "]" for row in self.rows)


a = Matrix([[1, 2], [3, 4]])
b = Matrix([[0, 1], [1, 0]])
print(a @ b, a + b, 2 * a, a * 3, sep="\n")
print(a[1, 0], a.transpose()[0, 1], a @ Matrix.identity(2) == a, a == b, a.det())
fib = Matrix([[1, 1], [1, 0]]) ** 90
print(fib[0, 1])
m3 = Matrix([[2, -3, 1], [2, 0, -1], [1, 4, 5]])
print(m3.det(), (m3 @ m3.transpose()).det(), (m3 ** 3)[2, 2])
try:
    a @ Matrix([[1, 2, 3]])
except ValueError as e:
    print("ValueError:", e)
big = Matrix([[(i * 7 + j * 3) % 11 for j in range(5)] for i in range(5)])
print(big.det(), sum(sum(r) for r in (big @ big).rows))
