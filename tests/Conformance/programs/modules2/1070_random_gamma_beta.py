import random

random.seed(5)
print([random.gammavariate(2.5, 1.5) for _ in range(5)])
print([random.gammavariate(1.0, 2.0) for _ in range(3)])
print([random.gammavariate(0.3, 1.0) for _ in range(5)])
print([random.gammavariate(50.0, 0.1) for _ in range(3)])
print([random.betavariate(2.0, 5.0) for _ in range(5)])
print([random.betavariate(0.5, 0.5) for _ in range(5)])
r = random.Random(12345)
print([r.gammavariate(3, 2) for _ in range(3)], r.betavariate(1, 1))
for args in [(0, 1), (1, 0), (-1.0, 2.0)]:
    try:
        random.gammavariate(*args)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    random.betavariate(0, 1)
except ValueError as e:
    print(type(e).__name__, e)
print(random.random())
