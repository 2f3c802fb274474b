# Orders that are not consistent leave the list in CPython's permutation: floats with NaNs (alone and mixed
# with ints), a __lt__ that lies, one that answers with non-bools, one that answers NotImplemented (the type's
# __lt__ is asked twice, then the other's __gt__), and tuples whose first items are such objects.
import random

nan = float("nan")
rng = random.Random(1052)


def show(label, xs):
    print(label, xs if len(xs) <= 40 else (xs[:20], xs[-20:]))


for n in (5, 10, 40, 70, 300, 1500):
    xs = [rng.random() for _ in range(n)]
    for i in rng.sample(range(n), max(1, n // 8)):
        xs[i] = nan
    show(f"nan floats {n}", [round(x, 3) for x in sorted(xs)])
    show(f"nan floats rev {n}", [round(x, 3) for x in sorted(xs, reverse=True)])
    mixed = [x if i % 3 else i for i, x in enumerate(xs)]
    show(f"nan mixed {n}", [round(x, 3) for x in sorted(mixed)])
    show(f"nan key {n}", [round(x, 3) for x in sorted(xs, key=lambda v: -v)])
    show(f"nan tuples {n}", [(round(a, 3), b) for a, b in sorted((x, i % 4) for i, x in enumerate(xs))])

print(sorted([nan, 1.0, 0.0]), sorted([1.0, nan, 0.0]), sorted([3, 2, nan, 1, 0]))


class Liar:
    count = 0

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        Liar.count += 1
        # Truthful most of the time, lying on a fixed schedule.
        if Liar.count % 7 == 0:
            return not (self.v < other.v)
        return self.v < other.v

    def __repr__(self):
        return str(self.v)


for n in (6, 30, 64, 65, 200, 1000):
    vals = [rng.randrange(n) for _ in range(n)]
    Liar.count = 0
    out = sorted(Liar(v) for v in vals)
    show(f"liar {n} calls={Liar.count}", [x.v for x in out])
    Liar.count = 0
    out = sorted((Liar(v) for v in vals), reverse=True)
    show(f"liar rev {n} calls={Liar.count}", [x.v for x in out])


class Coin:
    rng = random.Random(99)

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return Coin.rng.random() < 0.5


for n in (10, 100, 700):
    show(f"coin {n}", [c.v for c in sorted(Coin(i) for i in range(n))])


class Truthy:
    def __init__(self, t):
        self.t = t

    def __bool__(self):
        log.append("bool")
        return self.t


class Odd:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        log.append("lt")
        r = self.v < other.v
        return [Truthy(r), 1 if r else 0, "x" if r else "", None if not r else 2.5][self.v % 4]

    def __repr__(self):
        return f"O{self.v}"


log = []
print(sorted(Odd(v) for v in [5, 2, 8, 1, 9, 3, 7, 0, 4, 6]), len(log), log[:30])


class Shy:
    # __lt__ answers NotImplemented: CPython's same-type fast path asks __lt__, then the full operator asks it
    # again, then the other side's __gt__.
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        log.append(f"lt{self.v}{getattr(other, 'v', '?')}")
        return NotImplemented

    def __gt__(self, other):
        log.append(f"gt{self.v}{getattr(other, 'v', '?')}")
        return self.v > getattr(other, "v", 0)

    def __repr__(self):
        return f"S{self.v}"


log = []
print(sorted([Shy(3), Shy(1), Shy(2), Shy(0)]), log)
log = []
print(sorted([(Shy(3), 0), (Shy(1), 1), (Shy(2), 2)]), log)
log = []
print(sorted([Shy(2), Shy(1)], key=lambda s: (s,)), log)


class OnlyGt:
    def __init__(self, v):
        self.v = v

    def __gt__(self, other):
        log.append(f"gt{self.v}{other.v}")
        return self.v > other.v

    def __repr__(self):
        return f"G{self.v}"


log = []
print(sorted([OnlyGt(2), OnlyGt(3), OnlyGt(1)]), log)


class Sub(Shy):
    pass


log = []
# Mixed types: no fast path, so each comparison asks __lt__ once (Sub's reflected __gt__ is not an override).
print(sorted([Shy(3), Sub(1), Shy(2)]), log)

try:
    sorted([Shy(1), object()])
except TypeError as e:
    print("TypeError", e, log)
log = []
try:
    sorted([object(), Shy(1)])
except TypeError as e:
    print("TypeError", e)
