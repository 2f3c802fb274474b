# Multiple assignment targets, swaps and augmented assignment on every target kind.
a = b = c = [0]
a.append(1)
print(a, b, c, a is c)
x, y = 1, 2
x, y = y, x + y
print(x, y)
for _ in range(5):
    x, y = y, x + y
print(x, y)
d = {"k": 1}
lst = [10, 20, 30]
class O:
    pass
o = O()
o.v = 5
d["k"] += 10
lst[1] *= 3
lst[-1] //= 7
o.v **= 2
print(d, lst, o.v)
i = 0
lst[i], i = 99, 2
print(lst, i)
m = n = 0
m += 1
print(m, n)
s = "ab"
s *= 3
s += "!"
print(s)
t = (1,)
t += (2, 3)
print(t)
flags = 0b1010
flags |= 0b0101
flags &= 0b1100
flags ^= 0b0001
flags <<= 2
flags >>= 1
print(bin(flags), flags)
matrix = [[0] * 3 for _ in range(3)]
for r in range(3):
    for c2 in range(3):
        matrix[r][c2] += r * 3 + c2
print(matrix)
p = q = r = "same"
print(p is q is r)
