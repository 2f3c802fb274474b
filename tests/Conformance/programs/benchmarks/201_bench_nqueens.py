# n-queens in the style of pyperformance's bm_nqueens: permutations from a generator, filtered
# by a generator expression; counts solutions for several board sizes.
# The largest board size is sys.argv[1]; the default is small.
import sys

def permutations(iterable, r=None):
    pool = tuple(iterable)
    n = len(pool)
    r = n if r is None else r
    indices = list(range(n))
    cycles = list(range(n - r + 1, n + 1))[::-1]
    yield tuple(pool[i] for i in indices[:r])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[i] for i in indices[:r])
                break
        else:
            return


def n_queens(queen_count):
    cols = range(queen_count)
    for vec in permutations(cols):
        if (queen_count == len(set(vec[i] + i for i in cols))
                        == len(set(vec[i] - i for i in cols))):
            yield vec


largest = int(sys.argv[1]) if len(sys.argv) > 1 else 7
for size in range(4, largest + 1):
    solutions = list(n_queens(size))
    print(size, len(solutions), solutions[:2])

first = next(n_queens(8))
print("first 8-queens:", first)
board = ["." * c + "Q" + "." * (7 - c) for c in first]
for row in board:
    print(row)
