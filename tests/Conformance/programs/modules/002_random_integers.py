# randrange/randint/choice over small, negative and huge ranges (above 2**63).
import random

random.seed(7)
print("dice", [random.randint(1, 6) for _ in range(30)])
print("coins", "".join([random.choice("HT") for _ in range(40)]))
print("randrange(10)", [random.randrange(10) for _ in range(15)])
print("step 5", [random.randrange(0, 100, 5) for _ in range(10)])
print("negative step", [random.randrange(100, 0, -3) for _ in range(10)])
print("negative span", [random.randint(-50, -40) for _ in range(10)])

for bound in [2**31, 2**32, 2**33, 2**53, 2**63 - 1, 2**63, 2**64, 3**50, 10**30]:
    values = [random.randrange(bound) for _ in range(3)]
    print(bound, values, all([0 <= v < bound for v in values]))

print("big randint", random.randint(-(10**25), 10**25))
print("big step", random.randrange(2**70, 2**72, 2**60 + 1))

counts = [0] * 6
for _ in range(6000):
    counts[random.randint(1, 6) - 1] += 1
print("counts", counts, sum(counts))

words = ["alpha", "beta", "gamma", "delta", "epsilon"]
picks = {}
for _ in range(500):
    w = random.choice(words)
    picks[w] = picks.get(w, 0) + 1
for w in sorted(picks):
    print(w, picks[w])

print(random.choice(range(10**15, 10**15 + 1000)))
print(random.choice((1.5, 2.5, 3.5)))

for args in [(5, 5), (10, 1), (0,), (-3,)]:
    try:
        random.randrange(*args)
    except ValueError as e:
        print("ValueError:", e)
try:
    random.randrange(0, 10, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    random.randrange(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    random.choice([])
except IndexError as e:
    print("IndexError:", e)
