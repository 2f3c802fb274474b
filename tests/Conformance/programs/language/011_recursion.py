# Recursion: classic algorithms and CPython's recursion limit.
import sys

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

def hanoi(n, src, dst, via, moves):
    if n == 0:
        return moves
    hanoi(n - 1, src, via, dst, moves)
    moves.append((src, dst))
    hanoi(n - 1, via, dst, src, moves)
    return moves

def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))

def permutations(items):
    if len(items) <= 1:
        return [items]
    out = []
    for i, x in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            out.append([x] + rest)
    return out

def flatten(tree):
    if not isinstance(tree, list):
        return [tree]
    return [leaf for sub in tree for leaf in flatten(sub)]

print([fib(n) for n in range(20)])
print(len(hanoi(6, "A", "C", "B", [])), hanoi(2, "A", "C", "B", []))
print(ackermann(2, 3), ackermann(3, 3))
print(permutations([1, 2, 3]))
print(flatten([1, [2, [3, [4, [5]]]], 6, [[7]]]))

print(sys.getrecursionlimit())

def runaway(n):
    return runaway(n + 1)

try:
    runaway(0)
except RecursionError as e:
    print("caught:", e)

def depth_probe(n):
    try:
        return depth_probe(n + 1)
    except RecursionError:
        return n

print(depth_probe(0) > 900)
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())

def sum_to(n):
    return 0 if n == 0 else n + sum_to(n - 1)

print(sum_to(1500))
sys.setrecursionlimit(1000)
try:
    sum_to(5000)
except RecursionError as e:
    print("too deep:", e)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError:", e)
print("still running")
