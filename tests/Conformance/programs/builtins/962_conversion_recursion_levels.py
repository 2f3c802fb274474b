# str(x), int(x) and float(x) of an object whose __str__/__int__/__float__ is Python code: as in CPython 3.12, the
# conversion counts no recursion level of its own, only the method it runs does.
import sys
sys.setrecursionlimit(60)


class A:
    def __init__(self, n):
        self.n = n

    def __str__(self):
        return "x" if self.n == 0 else str(A(self.n - 1))

    def __int__(self):
        return 0 if self.n == 0 else int(A(self.n - 1))

    def __float__(self):
        return 0.0 if self.n == 0 else float(A(self.n - 1))


for conv in (str, int, float):
    for n in range(100):
        try:
            conv(A(n))
        except RecursionError:
            print(conv.__name__, "first failing n", n)
            break
