# A small matrix class: __getitem__ with tuples, __mul__ for matrices and scalars, __eq__, transpose, identity.
class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.n = len(self.rows)
        self.m = len(self.rows[0]) if self.rows else 0

    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])
    identity = classmethod(identity)

    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]

    def __setitem__(self, ij, v):
        i, j = ij
        self.rows[i][j] = v

    def __add__(self, other):
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])

    def __mul__(self, other):
        if isinstance(other, Matrix):
            if self.m != other.n:
                raise ValueError("shape mismatch: %dx%d * %dx%d" % (self.n, self.m, other.n, other.m))
            return Matrix([[sum([self[i, k] * other[k, j] for k in range(self.m)]) for j in range(other.m)]
                           for i in range(self.n)])
        return Matrix([[v * other for v in r] for r in self.rows])

    __rmul__ = __mul__

    def __pow__(self, k):
        result = Matrix.identity(self.n)
        for _ in range(k):
            result = result * self
        return result

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def transpose(self):
        return Matrix([[self.rows[i][j] for i in range(self.n)] for j in range(self.m)])

    def __repr__(self):
        return "Matrix(%r)" % self.rows

a = Matrix([[1, 2], [3, 4]])
b = Matrix([[0, 1], [1, 0]])
print(a + b, a * b, b * a)
print(a * 2, 3 * a, a.transpose())
print(a ** 3, Matrix.identity(3))
print(a * Matrix.identity(2) == a, a == b, a != b)
fib = Matrix([[1, 1], [1, 0]]) ** 10
print(fib[0, 1], fib)
c = Matrix([[1, 2, 3]])
print(c.transpose(), c * c.transpose(), c.transpose() * c)
try:
    c * c
except ValueError as e:
    print("ValueError:", e)
a[0, 0] = 10
print(a, a[1, 0])
