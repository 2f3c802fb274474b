# Slices: extended slices, negative steps, slice assignment and deletion.
s = "abcdefghij"
l = list(range(10))
t = tuple(range(10))
print(s[2:5], s[:3], s[7:], s[-3:], s[:-3], s[::2], s[1::3], s[::-1], s[-2:2:-2])
print(l[2:8:2], l[8:2:-2], l[::-3], l[100:], l[-100:2], t[3:6], t[::-4])
print(s[slice(1, 8, 3)], l[slice(None, None, -1)][:3], slice(1, 5, 2))

l[2:4] = ["x", "y", "z"]
print(l)
l[::3] = [0] * len(l[::3])
print(l)
l[1:1] = [99, 98]
print(l)
l[-2:] = []
print(l)
l[:] = "hey"
print(l)
try:
    l[::2] = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)

grid = [[r * 4 + c for c in range(4)] for r in range(4)]
print([row[1:3] for row in grid[1:3]])
print([row[::-1] for row in grid][::-1][0])
column = [row[2] for row in grid]
print(column, grid[-1][-1])

b = bytearray(b"0123456789")
b[2:5] = b"AB"
print(b, b[::2], bytes(b[::-1]))
del b[::3]
print(b)

def rotate(seq, k):
    k %= len(seq)
    return seq[k:] + seq[:k]

print(rotate([1, 2, 3, 4, 5], 2), rotate("abcdef", -1), rotate((1, 2, 3), 4))
word = "racecar"
print(word == word[::-1], "level"[1:-1], "x"[5:], len("hello"[1:100]))
m = list(range(20))
m[5:15:2] = [-1] * 5
print(m)
