# N-queens with generators: each solution is yielded as it is found.
def safe(cols, col):
    row = len(cols)
    for r, c in enumerate(cols):
        if c == col or abs(c - col) == row - r:
            return False
    return True

def queens(n, cols=()):
    if len(cols) == n:
        yield cols
        return
    for col in range(n):
        if safe(cols, col):
            yield from queens(n, cols + (col,))

def board(cols):
    n = len(cols)
    return "\n".join("".join("Q" if c == col else "." for c in range(n)) for col in cols)

for n in range(1, 9):
    solutions = queens(n)
    count = sum(1 for _ in solutions)
    print("n =", n, "solutions:", count)

first = next(queens(6))
print("first 6-queens solution:", first)
print(board(first))

gen = queens(8)
for index in range(3):
    print("solution", index + 1, next(gen))

def queens_counted(n):
    tried = 0
    def place(cols):
        nonlocal tried
        if len(cols) == n:
            yield cols
            return
        for col in range(n):
            tried += 1
            if safe(cols, col):
                yield from place(cols + (col,))
    for solution in place(()):
        yield solution, tried

last = None
for solution, tried in queens_counted(5):
    print("5-queens", solution, "after", tried, "placements")
    last = solution
print("symmetric:", tuple(4 - c for c in last) in [s for s, _ in queens_counted(5)])
