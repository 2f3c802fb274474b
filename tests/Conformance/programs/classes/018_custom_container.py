# A custom sequence and mapping: __getitem__ with ints and slices, __setitem__, __delitem__, __len__, iteration.
class Grid:
    def __init__(self, width, height, fill=0):
        self.width = width
        self.height = height
        self.cells = [fill] * (width * height)

    def __getitem__(self, pos):
        x, y = pos
        if not (0 <= x < self.width and 0 <= y < self.height):
            raise IndexError("cell %r out of range" % (pos,))
        return self.cells[y * self.width + x]

    def __setitem__(self, pos, value):
        x, y = pos
        self.cells[y * self.width + x] = value

    def __len__(self):
        return self.width * self.height

    def rows(self):
        return [self.cells[i * self.width:(i + 1) * self.width] for i in range(self.height)]

g = Grid(3, 2)
g[0, 0] = 1
g[2, 1] = 9
g[1, 1] = g[2, 1] + 1
print(g.rows(), len(g), g[1, 1])
try:
    g[5, 5]
except IndexError as e:
    print("IndexError:", e)

class Squares:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(self.n)[i]]
        if i < 0:
            i += self.n
        if i < 0 or i >= self.n:
            raise IndexError("index out of range")
        return i * i

sq = Squares(6)
print(sq[2], sq[-1], sq[1:4], sq[::2], sq[::-1])
print(list(sq), 16 in sq, 15 in sq, sorted(sq, reverse=True)[:2])
for i, v in enumerate(sq):
    if i > 2:
        break
    print(i, v)

class Registry:
    def __init__(self):
        self._keys = []
        self._values = []

    def __setitem__(self, key, value):
        if key in self._keys:
            self._values[self._keys.index(key)] = value
        else:
            self._keys.append(key)
            self._values.append(value)

    def __getitem__(self, key):
        if key not in self._keys:
            raise KeyError(key)
        return self._values[self._keys.index(key)]

    def __delitem__(self, key):
        i = self._keys.index(key)
        del self._keys[i]
        del self._values[i]

    def __contains__(self, key):
        print("  contains", key)
        return key in self._keys

    def __iter__(self):
        return iter(self._keys)

    def __len__(self):
        return len(self._keys)

r = Registry()
r["b"] = 2
r["a"] = 1
r["b"] = 3
print(r["b"], len(r), list(r), "a" in r, "z" in r)
del r["b"]
print(list(r), len(r))
try:
    r["b"]
except KeyError as e:
    print("KeyError:", e)
r2 = Registry()
for word in "one two three two one one".split():
    if word in r2:
        r2[word] = r2[word] + 1
    else:
        r2[word] = 1
print([(k, r2[k]) for k in r2])
