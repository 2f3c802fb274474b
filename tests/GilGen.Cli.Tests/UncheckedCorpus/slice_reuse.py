# Slices made by BUILD_SLICE and released at once are reused, as CPython's slice cache reuses them; a slice
# that something still holds must never be. Run with reference counts unchecked (the mode users run), where
# GilGen keeps one released slice per thread.
class Keeper:
    def __init__(self):
        self.kept = []
        self.ids = []

    def __getitem__(self, key):
        self.ids.append(id(key))
        if len(self.kept) < 2:
            self.kept.append(key)
        return key.start, key.stop, key.step

    def __setitem__(self, key, value):
        self.kept.append((key, value))


k = Keeper()
print([k[i:i + 2] for i in range(6)])
print([(s.start, s.stop, s.step) for s in k.kept])
# The first two were kept, so each call made a new slice; after that one slice went round and round.
print(len(set(k.ids[2:])), k.ids[0] != k.ids[1])
k[1:2:3] = "x"
k[::-1] = "y"
print([(s.start, s.stop, s.step) for s in k.kept[:2]], [(s.start, s.stop, s.step, v) for s, v in k.kept[2:]])

perm = list(range(10))
for j in range(1, 10):
    perm[:j + 1] = perm[j::-1]
print(perm)
text = "abcdefghij"
print([text[i:i + 3] + text[-i - 1::-2] for i in range(5)])
data = list(range(20))
del data[::3]
data[1:4], data[-3:] = data[-3:], data[1:4]
print(data, data[2:15:4], data[::-5])
