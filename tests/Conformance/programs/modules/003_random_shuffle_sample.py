# shuffle, sample (small pool and big set paths, counts=) and choices (weights, cum_weights).
import random

for seed in [1, 99, 31337]:
    random.seed(seed)
    deck = [r + s for s in "SHDC" for r in "A23456789TJQK"]
    random.shuffle(deck)
    print(seed, "hand:", deck[:5], "bottom:", deck[-3:])
    print("  sample small:", random.sample(range(20), 6))
    print("  sample big:", random.sample(range(1000000), 6))
    print("  sample str:", random.sample("abcdefghijklmnop", 16))
    print("  sample tuple:", random.sample((10, 20, 30, 40), 2))
    print("  counts:", random.sample(["red", "blue"], counts=[4, 2], k=5))
    print("  choices:", random.choices(["a", "b", "c"], k=8))
    print("  weights:", random.choices(["a", "b", "c"], weights=[10, 1, 1], k=8))
    print("  float weights:", random.choices([1, 2, 3], weights=[0.2, 0.5, 0.3], k=8))
    print("  cum_weights:", random.choices("xyz", cum_weights=[1, 2, 10], k=8))

random.seed(5)
lottery = sorted(random.sample(range(1, 50), 6))
print("lottery", lottery)
data = list(range(10))
for i in range(5):
    random.shuffle(data)
    print("shuffle", i, data)
print("still a permutation:", sorted(data) == list(range(10)))

for bad in [(range(3), 4), (range(3), -1)]:
    try:
        random.sample(*bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    random.sample(set(range(3)), 2)
except TypeError as e:
    print("TypeError:", e)
try:
    random.choices("ab", [1, 2], cum_weights=[1, 3])
except TypeError as e:
    print("TypeError:", e)
try:
    random.choices("ab", weights=[1])
except ValueError as e:
    print("ValueError:", e)
try:
    random.choices("ab", weights=[0, 0])
except ValueError as e:
    print("ValueError:", e)
