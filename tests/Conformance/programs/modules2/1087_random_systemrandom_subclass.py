# A Python subclass of random.SystemRandom: it draws from the system's entropy (so only the ranges and types are
# printed), keeps attributes of its own, reaches SystemRandom's methods through super(), and still has no state.
import random


class Dice(random.SystemRandom):
    def __init__(self, sides):
        super().__init__()
        self.sides = sides

    def roll(self):
        return self.randint(1, self.sides)


d = Dice(6)
rolls = [d.roll() for _ in range(200)]
print(type(d).__name__, isinstance(d, random.SystemRandom), isinstance(d, random.Random), d.sides)
print(all(1 <= r <= 6 for r in rolls), 0.0 <= d.random() < 1.0, len(d.randbytes(5)), 0 <= d.getrandbits(8) < 256)
print(sorted(d.sample(range(10), 10)) == list(range(10)), d.choice("a") == "a", d.seed(1) is None)
for call in (d.getstate, lambda: d.setstate(None)):
    try:
        call()
    except NotImplementedError as e:
        print("NotImplementedError", e)
