# The pre-sort check's specialized comparisons give the answers of the generic one: lists of small and huge
# ints, floats (with infinities, -0.0), strs (non-ASCII too), bools, tuples (the first items' equality and
# order asked as CPython asks them, tuples of tuples, empty and ragged tuples), subclasses of builtins with
# their own __lt__, and mixes that leave every fast path.
import random

rng = random.Random(1054)


def digest(xs):
    h = 0
    for ch in repr(xs):
        h = (h * 1000003 + ord(ch)) % 2305843009213693951
    return h


ints = [rng.randrange(-10**6, 10**6) for _ in range(2000)]
print(sorted(ints)[:10], sorted(ints, reverse=True)[:10])
huge = [rng.randrange(-10**30, 10**30) for _ in range(500)] + [rng.randrange(-100, 100) for _ in range(500)]
rng.shuffle(huge)
print(sorted(huge)[:3], sorted(huge)[498:502], sorted(huge)[-2:])
print(sorted([2**63, -2**63, 2**63 - 1, -2**63 - 1, 0, 2**62, -1]))
floats = [rng.uniform(-1e6, 1e6) for _ in range(2000)] + [float("inf"), float("-inf"), 0.0, -0.0, 0.0]
rng.shuffle(floats)
out = sorted(floats)
print(out[:3], out[-3:], [repr(x) for x in out if x == 0])
print(all(out[i] <= out[i + 1] for i in range(len(out) - 1)))
print(sorted([1, 1.5, True, False, 0.5, -3, 2**70, 1e30]))
print(sorted([True, False, True, False, False]))
strs = ["".join(rng.choice("abcXYZéßΩжあ€0 ") for _ in range(rng.randrange(0, 6))) for _ in range(1500)]
out = sorted(strs)
print(out[:5], out[-5:], all(out[i] <= out[i + 1] for i in range(len(out) - 1)))
print(sorted(["b", "a", "", "ab", "aa", "B", "é", "e", "\x00", "Ω"]))

log = []


class E:
    def __init__(self, v, tag):
        self.v = v
        self.tag = tag

    def __eq__(self, other):
        log.append(f"eq{self.tag}{other.tag}")
        return self.v == other.v

    def __lt__(self, other):
        log.append(f"lt{self.tag}{other.tag}")
        return self.v < other.v

    def __repr__(self):
        return f"E{self.v}{self.tag}"

    __hash__ = None


print(sorted([(E(1, "a"), 2), (E(1, "b"), 1), (E(0, "c"), 3)]), log)
log = []
shared = E(5, "s")
print(sorted([(shared, 2), (shared, 1), (E(5, "t"), 0)]), log)
log = []
print(sorted([(1, E(2, "a")), (1, E(1, "b")), (0, E(0, "c")), (1, E(1, "d"))]), log)
log = []
print(sorted([((E(1, "a"),), 1), ((E(0, "b"),), 2)]), log)
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1,), (1, "a", 0), (2,)]))
print(sorted([(1.5, "x"), (1.5, "a"), (float("nan"), "n"), (0.5, "q")]))
print(sorted([("b", 1), ("a", 2), ("b", 0), ("a", 1)], reverse=True))
print(sorted([((2, 1), "x"), ((1, 9), "y"), ((2, 0), "z")]))
print(sorted([(3, 1), (), (1, 2), ()]))
print(sorted([(1, 2), [0], (0, 1)] and [(1, 2), (0,), (0, 1)]))
try:
    sorted([(1, 2), [0, 1]])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([(1, "a"), (1, 2)])
except TypeError as e:
    print("TypeError:", e)
print(sorted([(2**80, 1), (3, 2), (-(2**80), 3)]))
pairs = [(rng.randrange(20), rng.randrange(1000)) for _ in range(3000)]
out = sorted(pairs)
print(out[:6], out[-3:], digest(out), all(out[i] <= out[i + 1] for i in range(len(out) - 1)))
words = [("".join(rng.choice("xyz") for _ in range(3)), i) for i in range(1000)]
print(digest(sorted(words)), digest(sorted(words, key=lambda w: w[0])), sorted(words)[:4])
fl = [(round(rng.random(), 2), i) for i in range(1000)]
print(digest(sorted(fl)), sorted(fl)[:3])


class MyInt(int):
    def __lt__(self, other):
        log.append(f"{int(self)}<{int(other)}")
        return int(self) > int(other)  # a reversed order


class MyStr(str):
    pass


class MyFloat(float):
    pass


log = []
print(sorted([MyInt(3), MyInt(1), MyInt(2)]), log)
log = []
print(sorted([3, MyInt(1), 2]), log)
print(sorted([MyStr("b"), MyStr("a"), "c"]), type(sorted([MyStr("b"), "a"])[0]).__name__)
print(sorted([MyFloat(2.5), MyFloat(-1.0), 0.5]))
print(sorted(["x", "a"], key=MyStr), sorted([3, 1, 2], key=MyInt))
print(sorted([1, 2, 3], key=lambda x: -x), sorted(range(10), key=lambda x: (x % 3, -x)))
print(sorted([[3, 1], [1, 2], [1], [], [3, 0]]), sorted([{3, 1}, {1}, {2}], key=sorted))
print(sorted([frozenset({1, 2}), frozenset({1}), frozenset()], key=len))
print(sorted([b"b", b"a", b"ab"]), sorted([3 + 0j, 1 + 0j], key=abs))
print(sorted([None]), sorted([1, 2.0, 1.0, 2]))
try:
    sorted([None, None])
except TypeError as e:
    print("TypeError:", e)
