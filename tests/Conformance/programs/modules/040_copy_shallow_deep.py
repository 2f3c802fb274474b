# copy.copy and copy.deepcopy of containers: what is shared, what is new, cycles and shared references.
import copy
from collections import deque, defaultdict, Counter, OrderedDict

grid = [[0, 0], [0, 0]]
shallow = copy.copy(grid)
deep = copy.deepcopy(grid)
grid[0][0] = 1
print(grid, shallow, deep, shallow is grid, shallow[0] is grid[0], deep[0] is grid[0])

config = {"name": "x", "tags": ["a", "b"], "limits": {"cpu": 2}}
c1 = copy.copy(config)
c2 = copy.deepcopy(config)
config["tags"].append("c")
config["limits"]["cpu"] = 8
print(c1, c2)

t = (1, 2, 3)
print(copy.copy(t) is t, copy.deepcopy(t) is t)
t2 = (1, [2, 3])
d2 = copy.deepcopy(t2)
print(d2, d2 is t2, d2[1] is t2[1])
s = set([1, 2, 3])
print(copy.copy(s) == s, copy.copy(s) is s)
fs = frozenset([1, 2])
print(copy.copy(fs) is fs)
for atom in [None, 5, 2.5, "text", True, range(3)]:
    print(repr(atom), copy.copy(atom) is atom, copy.deepcopy(atom) is atom)

shared = [1, 2]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp, dp[0] is dp[1], dp[0] is shared)

loop = [1]
loop.append(loop)
dl = copy.deepcopy(loop)
print(dl[1] is dl, dl is loop, len(dl))

dq = deque([[1], [2]], maxlen=5)
dq2 = copy.deepcopy(dq)
dq[0].append(9)
print(dq, dq2, copy.copy(dq) == dq)

dd = defaultdict(list, {"k": [1]})
dd2 = copy.deepcopy(dd)
dd["k"].append(2)
print(dd, dd2, dd2.default_factory is list)
cn = Counter("hello")
print(copy.copy(cn), type(copy.deepcopy(cn)).__name__)
od = OrderedDict(a=[1], b=[2])
od2 = copy.deepcopy(od)
od["a"].append(5)
print(od, od2)

memo = {}
x = [1, 2]
y = copy.deepcopy(x, memo)
print(y, id(x) in memo, memo[id(x)] is y)
nested = {"a": [{"b": [1, 2, {"c": 3}]}]}
nc = copy.deepcopy(nested)
nested["a"][0]["b"][2]["c"] = 4
print(nc, nested)
