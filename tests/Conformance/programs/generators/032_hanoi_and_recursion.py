# Recursive generators: towers of Hanoi moves, binary strings, partitions, gray codes.
def hanoi(n, source="A", target="C", spare="B"):
    if n == 0:
        return
    yield from hanoi(n - 1, source, spare, target)
    yield n, source, target
    yield from hanoi(n - 1, spare, target, source)

def binary_strings(n):
    if n == 0:
        yield ""
        return
    for rest in binary_strings(n - 1):
        yield "0" + rest
        yield "1" + rest

def partitions(n, largest=None):
    if largest is None:
        largest = n
    if n == 0:
        yield []
        return
    for first in range(min(n, largest), 0, -1):
        for rest in partitions(n - first, first):
            yield [first] + rest

def gray(n):
    if n == 0:
        yield ""
        return
    previous = list(gray(n - 1))
    for code in previous:
        yield "0" + code
    for code in reversed(previous):
        yield "1" + code

for move in hanoi(3):
    print("move disk %d from %s to %s" % move)
print("moves for 10 disks:", sum(1 for _ in hanoi(10)))
pegs = {"A": list(range(5, 0, -1)), "B": [], "C": []}
for disk, src, dst in hanoi(5):
    assert pegs[src][-1] == disk
    pegs[dst].append(pegs[src].pop())
    assert pegs[dst] == sorted(pegs[dst], reverse=True)
print(pegs)
print(list(binary_strings(3)))
print(sum(1 for s in binary_strings(10) if "11" not in s))
for p in partitions(6):
    print(" + ".join(str(x) for x in p))
print([sum(1 for _ in partitions(n)) for n in range(1, 16)])
codes = list(gray(4))
print(codes)
print(all(sum(a != b for a, b in zip(x, y)) == 1 for x, y in zip(codes, codes[1:])))
