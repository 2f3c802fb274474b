# What list.sort does around the sort, as CPython: the list is empty while it is sorted, changing it raises
# "list modified during sort" afterwards, the key function runs once per item first to last before any
# comparison, an exception from a key or a comparison leaves every item in the list (in CPython's order) and
# releases the keys, reverse=True is stable; references are released in CPython's order (__del__ prints).
import random

lst = [3, 1, 2]


def peek(x):
    print("key", x, "len", len(lst), "list", lst)
    return x


lst.sort(key=peek)
print(lst)


class Peek:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print("lt", self.v, other.v, len(target), target)
        return self.v < other.v

    def __repr__(self):
        return f"P{self.v}"


target = [Peek(2), Peek(0), Peek(1)]
target.sort()
print(target)


def appender(x):
    grow.append(x)
    return x


grow = [4, 2, 3, 1]
try:
    grow.sort(key=appender)
except ValueError as e:
    print("ValueError:", e)
print(grow)

grow = [4, 2, 3, 1]
try:
    grow.sort(key=lambda x: (grow.append(x), grow.pop(), x)[2])
except ValueError as e:
    print("ValueError:", e)
print(grow)

quiet = [4, 2, 3, 1]
quiet.sort(key=lambda x: (quiet.clear(), quiet.extend([]), quiet.sort(), x)[3])
print("untouched", quiet)


class Noisy:
    def __init__(self, name):
        self.name = name

    def __lt__(self, other):
        return self.name < other.name

    def __del__(self):
        print("del", self.name)

    def __repr__(self):
        return self.name


print("-- appended items are released after the sort")
lst2 = [2, 1]


def add_noisy(x):
    lst2.append(Noisy(f"added{x}"))
    return x


try:
    lst2.sort(key=add_noisy)
except ValueError as e:
    print("ValueError:", e)
print(lst2)

print("-- keys are released after the sort, in the keys' final order")
data = [5, 3, 9, 1]
data.sort(key=lambda v: Noisy(f"k{v}"))
print(data)
data.sort(key=lambda v: Noisy(f"r{v}"), reverse=True)
print(data)

print("-- a key function that raises: keys made so far released last first, list as it was")


def failing_key(v):
    if v == 7:
        raise RuntimeError("no key for 7")
    return Noisy(f"fk{v}")


data = [4, 8, 7, 2]
try:
    data.sort(key=failing_key)
except RuntimeError as e:
    print("RuntimeError:", e)
print(data)

print("-- key calls: once each, first to last, before any comparison")
order = []


class Logged:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        order.append(("lt", self.v, other.v))
        return self.v < other.v


def logging_key(v):
    order.append(("key", v))
    return Logged(v)


sorted([3, 1, 2, 5, 4], key=logging_key)
print(order)

print("-- a comparison that raises leaves all the items, in CPython's order")


class Bomb:
    def __init__(self, v, limit):
        self.v = v
        self.limit = limit

    def __lt__(self, other):
        Bomb.calls += 1
        if Bomb.calls == self.limit:
            raise ValueError(f"boom at call {Bomb.calls}")
        return self.v < other.v

    def __repr__(self):
        return str(self.v)


def digest(xs):
    h = 0
    for x in xs:
        h = (h * 1000003 + x) % 2305843009213693951
    return h


rng = random.Random(53)
for n in (8, 40, 100, 400):
    base = [rng.randrange(1000) for _ in range(n)]
    for limit in (1, 5, n // 2, n, 2 * n, 4 * n):
        for rev in (False, True):
            items = [Bomb(v, limit) for v in base]
            Bomb.calls = 0
            try:
                items.sort(reverse=rev)
                result = "ok"
            except ValueError as e:
                result = str(e)
            vals = [b.v for b in items]
            assert sorted(vals) == sorted(base)
            print(n, limit, rev, result, vals if n <= 40 else digest(vals))
            keyed = list(base)
            Bomb.calls = 0
            try:
                keyed.sort(key=lambda v: Bomb(v, limit), reverse=rev)
                result = "ok"
            except ValueError as e:
                result = str(e)
            print("  key", result, keyed if n <= 40 else digest(keyed))

print("-- reverse=True is stable")
pairs = [(i % 3, i) for i in range(12)]
print(sorted(pairs, key=lambda p: p[0], reverse=True))
words = ["bb", "a", "cc", "d", "ee", "f"]
words.sort(key=len, reverse=True)
print(words)

print("-- errors")
try:
    [1, 2].sort(3)
except TypeError as e:
    print("TypeError:", e)
try:
    [1, 2].sort(key=3)
except TypeError as e:
    print("TypeError:", e)
[].sort(key=3)
try:
    [5].sort(key=3)
except TypeError as e:
    print("TypeError:", e)
try:
    sorted()
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([1], [2])
except TypeError as e:
    print("TypeError:", e)
try:
    [1, "a", 2].sort()
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([3, 1, None])
except TypeError as e:
    print("TypeError:", e)
mixed = [3, 1, "a", 2]
try:
    mixed.sort()
except TypeError as e:
    print("TypeError:", e, mixed)
print(sorted([], reverse=True), sorted([1], key=None), sorted((2, 1), reverse=0))
print("end")
