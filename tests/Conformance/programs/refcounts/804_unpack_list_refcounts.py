# Unpacking lists and tuples: items, errors, reference counts seen by sys.getrefcount.
import sys


class Tracked:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "Tracked(%s)" % self.name


def counts(*objs):
    return [sys.getrefcount(o) for o in objs]


p, q = Tracked("p"), Tracked("q")
print("before", counts(p, q))
items = [p, q]
print("in list", counts(p, q))
a, b = items
print("unpacked", a, b, counts(p, q))
del a, b
print("after del", counts(p, q))
t = (p, q)
c, d = t
print("tuple unpacked", c, d, counts(p, q))
del c, d, t
items.append(Tracked("r"))
try:
    a, b = items
except ValueError as e:
    print("ValueError:", e)
print("after failed unpack", counts(p, q))
try:
    a, b, c, d = items
except ValueError as e:
    print("ValueError:", e)
try:
    a, b = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b = 5
except TypeError as e:
    print("TypeError:", e)
try:
    a, b = 2.5
except TypeError as e:
    print("TypeError:", e)

x, y, z = items
print("three", x, y, z)
items[2] = None
print("replaced in list, still held:", z, sys.getrefcount(z))
del x, y, z
print("dropped")

grid = [[i, i * i, i * i * i] for i in range(5)]
acc = 0
for row in grid:
    n, sq, cube = row
    acc += n + sq + cube
    print(n, sq, cube, acc)

first, *rest = grid[4]
print(first, rest)
*init, last = [Tracked("s"), Tracked("t")]
print(init, last, counts(init[0], last))
del init
print("init gone")
del last
print("last gone")


class L(list):
    pass


u, v = L([10, 20])
print("subclass", u, v)
s1, s2 = "ab"
print("str", s1, s2)
k1, k2 = {"k": 1, "j": 2}
print("dict keys", k1, k2)
g1, g2 = (i * 3 for i in range(2))
print("generator", g1, g2)
del items
print("end")
