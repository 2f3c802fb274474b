import random

random.seed(99)
print(random.randbytes(10))
print(random.randbytes(0), random.randbytes(1), random.randbytes(3))
r = random.Random(99)
print(r.randbytes(10) == random.Random(99).randbytes(10))
print(random.Random(1).randbytes(7).hex())
try:
    random.randbytes(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    random.randbytes(2.0)
except TypeError as e:
    print(type(e).__name__, e)

s = random.SystemRandom()
print(isinstance(s, random.Random), issubclass(random.SystemRandom, random.Random), type(s).__name__)
print(s.seed(5), s.seed())
x = s.random()
print(type(x).__name__, 0.0 <= x < 1.0)
print(all(0 <= s.getrandbits(13) < 2 ** 13 for _ in range(100)), s.getrandbits(0))
print(len(s.randbytes(16)), type(s.randbytes(4)).__name__)
print(all(1 <= s.randint(1, 6) <= 6 for _ in range(100)))
print(sorted(s.sample(range(10), 10)) == list(range(10)))
print(s.choice("abc") in "abc", 0.0 <= s.uniform(0, 1) <= 1.0)
print(s.gammavariate(2.0, 1.0) > 0, 0.0 <= s.betavariate(2, 3) <= 1.0, 0 <= s.binomialvariate(20, 0.3) <= 20)
lst = list(range(20)); s.shuffle(lst); print(sorted(lst) == list(range(20)))
for name in ("getstate", "setstate"):
    try:
        getattr(s, name)(*(() if name == "getstate" else (None,)))
    except NotImplementedError as e:
        print(type(e).__name__, e)
try:
    s.getrandbits(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.randbytes(-1)
except ValueError as e:
    print(type(e).__name__, e)
print(random.SystemRandom(42).random() != random.SystemRandom(42).random())
