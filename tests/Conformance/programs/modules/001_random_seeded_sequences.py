# Seeded random sequences must be CPython's Mersenne Twister, bit for bit.
import random

def show(seed):
    random.seed(seed)
    floats = [random.random() for _ in range(4)]
    print("seed", repr(seed))
    for x in floats:
        print("  random", repr(x))
    print("  bits", [random.getrandbits(k) for k in (1, 7, 31, 32, 33, 53, 64, 65, 128)])

for seed in [0, 1, 2, 12345, 2**32 - 1, 2**32, 2**64 + 17, -5, -(2**100)]:
    show(seed)

for seed in ["", "a", "hello world", "Mersenne", "ünïcödé"]:
    show(seed)

for seed in [0.5, -3.25, 1e100, True, False]:
    show(seed)

# The same seed replays the same stream.
random.seed(2024)
first = [random.random() for _ in range(10)]
random.seed(2024)
again = [random.random() for _ in range(10)]
print("replay equal:", first == again)
print("sum of ten:", repr(sum(first)))
