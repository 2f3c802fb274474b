# Copies and identity: aliasing bugs, shallow vs deep copies of nested data and objects, default-argument traps.
import copy

grid_bad = [[0] * 3] * 3
grid_bad[0][0] = 1
grid_good = [[0] * 3 for _ in range(3)]
grid_good[0][0] = 1
print(grid_bad, grid_good, grid_bad[0] is grid_bad[1], grid_good[0] is grid_good[1])

a = [1, [2, 3], {"k": [4]}]
alias = a
shallow = a[:]
also_shallow = list(a)
shallow2 = copy.copy(a)
deep = copy.deepcopy(a)
a[1].append("x")
a[2]["k"].append("y")
a.append("new")
for name, v in [("a", a), ("alias", alias), ("shallow", shallow), ("list()", also_shallow), ("copy", shallow2), ("deep", deep)]:
    print(f"{name:<8} {v}")
print(shallow[1] is a[1], deep[1] is a[1], shallow == a, deep == a[:3])

def append_bad(x, acc=[]):
    acc.append(x)
    return acc
def append_good(x, acc=None):
    acc = [] if acc is None else acc
    acc.append(x)
    return acc
print(append_bad(1), append_bad(2), append_good(1), append_good(2), append_bad.__defaults__)

class Point:
    def __init__(self, x, y, tags=None):
        self.x, self.y = x, y
        self.tags = tags if tags is not None else []
    def __repr__(self):
        return f"Point({self.x}, {self.y}, {self.tags})"
    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y, self.tags) == (other.x, other.y, other.tags)

p = Point(1, 2, ["origin"])
q = copy.copy(p)
r = copy.deepcopy(p)
p.tags.append("moved")
p.x = 10
print(p, q, r, q.tags is p.tags, r.tags is p.tags, p == q, q == Point(1, 2, ["origin", "moved"]))

class Registry:
    def __init__(self):
        self.items = {}
    def __copy__(self):
        new = Registry()
        new.items = dict(self.items)
        return new
    def __deepcopy__(self, memo):
        new = Registry()
        new.items = {k: copy.deepcopy(v, memo) for k, v in self.items.items()}
        return new
reg = Registry()
reg.items["a"] = [1]
c1, c2 = copy.copy(reg), copy.deepcopy(reg)
reg.items["a"].append(2)
reg.items["b"] = []
print(reg.items, c1.items, c2.items)

shared = [0]
structure = {"x": shared, "y": shared}
cloned = copy.deepcopy(structure)
print(cloned["x"] is cloned["y"], cloned["x"] is shared)
cyclic = [1]
cyclic.append(cyclic)
dup = copy.deepcopy(cyclic)
print(dup[1] is dup, dup[1] is cyclic, repr(dup))
t = (1, [2])
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, 2)) == (1, 2))
x = 256
y = 256
print(x is y, x == y, [] is [], [] == [], None is None, (lambda: 0) is (lambda: 0))
s1 = "hello"
s2 = "".join(["hel", "lo"])
print(s1 == s2, s1 is s1, id(s1) == id(s1))
d = {"k": [1, 2]}
d2 = d.copy()
d3 = dict(d)
d["k"].append(3)
d["new"] = 1
print(d, d2, d3)
nums = [3, 1, 2]
ordered = sorted(nums)
nums.sort()
print(ordered == nums, ordered is nums, nums.sort() is None)
