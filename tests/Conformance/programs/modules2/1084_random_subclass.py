# Python subclasses of random.Random: one that keeps the Mersenne Twister (draws as Random's, attributes of its own,
# its own seed through __init__), one that replaces random() (every distribution and _randbelow draw from it, with
# random.py's _randbelow_without_getrandbits), one that replaces getrandbits() (randrange, choice, shuffle, sample and
# randbytes draw from it), and one that defines both.
import random


class Tagged(random.Random):
    def __init__(self, seed, tag):
        super().__init__(seed)
        self.tag = tag


t = Tagged(42, "t")
r = random.Random(42)
print(t.tag, type(t).__name__, isinstance(t, random.Random))
print([t.random() == r.random() for _ in range(3)], t.randint(1, 100) == r.randint(1, 100))
print(t.choice("abcdef") == r.choice("abcdef"), t.gauss(0, 1) == r.gauss(0, 1), t.getstate() == r.getstate())


class Seeds(random.Random):
    def seed(self, a=None, version=2):
        self.seen = a
        super().seed(a, version)


s = Seeds(7)
print(s.seen, s.random() == random.Random(7).random())


class Counter01(random.Random):
    """random() walks 0.05, 0.15, ... 0.95 and starts again."""

    def __init__(self):
        self.i = 0
        super().__init__(0)

    def random(self):
        self.i += 1
        return ((self.i - 1) % 10) / 10 + 0.05


c = Counter01()
print(round(c.uniform(10, 20), 6), round(c.triangular(0, 1), 6), round(c.expovariate(2), 6))
print([c.randrange(10) for _ in range(5)], c.choice("abcde"), c.randint(1, 6))
deck = list(range(8))
c.shuffle(deck)
print(deck, c.sample(range(100), 3), c.choices("xyz", k=4))
print(round(c.normalvariate(0, 1), 6), round(c.gauss(5, 2), 6), round(c.betavariate(2, 3), 6))


class Bits(random.Random):
    """getrandbits(k) counts up from 1, wrapped to k bits."""

    def __init__(self):
        self.n = 0
        super().__init__(0)

    def getrandbits(self, k):
        self.n += 1
        return self.n % (1 << k) if k else 0


b = Bits()
print([b.randrange(100) for _ in range(5)], b.choice("abcdefgh"), b.randbytes(3), b.n)
deck = list(range(6))
b.shuffle(deck)
print(deck, b.sample("abcdef", 2), round(b.random(), 12) == round(random.Random(0).random(), 12))


class Both(Counter01):
    def getrandbits(self, k):
        return 3 % (1 << k) if k else 0


print([Both().randrange(6) for _ in range(3)], Both().random())
