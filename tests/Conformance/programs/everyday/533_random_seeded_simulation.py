# Seeded random in ordinary programs: dice statistics, shuffling a deck, random walks, Monte Carlo, sampling.
import random

random.seed(2024)
rolls = [random.randint(1, 6) for _ in range(600)]
counts = [rolls.count(face) for face in range(1, 7)]
print(counts, sum(rolls) / len(rolls))
two_dice = {}
for _ in range(1000):
    s = random.randint(1, 6) + random.randint(1, 6)
    two_dice[s] = two_dice.get(s, 0) + 1
for total in range(2, 13):
    print(f"{total:>2} {'#' * (two_dice.get(total, 0) // 10)} {two_dice.get(total, 0)}")

suits = "SHDC"
ranks = "A23456789TJQK"
deck = [r + s for s in suits for r in ranks]
rng = random.Random(7)
rng.shuffle(deck)
hands = [deck[i * 5:(i + 1) * 5] for i in range(4)]
for i, hand in enumerate(hands):
    print("hand", i, hand, sorted(hand, key=lambda c: (ranks.index(c[0]), c[1])))
print(rng.choice(deck), rng.sample(deck, 3), rng.choices("abc", weights=[5, 1, 1], k=8))

walker = random.Random(99)
x = y = 0
visited = {(0, 0)}
for step in range(200):
    dx, dy = walker.choice([(0, 1), (1, 0), (0, -1), (-1, 0)])
    x, y = x + dx, y + dy
    visited.add((x, y))
    if step % 40 == 39:
        print("step", step + 1, "at", (x, y), "distinct", len(visited))

mc = random.Random(12345)
inside = 0
n = 20000
for _ in range(n):
    px, py = mc.random(), mc.random()
    if px * px + py * py <= 1.0:
        inside += 1
print("pi ~", 4 * inside / n)
print([round(mc.uniform(10, 20), 4) for _ in range(3)], [round(mc.gauss(0, 1), 6) for _ in range(3)])
print(mc.randrange(0, 100, 5), mc.randrange(10), mc.getrandbits(40), mc.randrange(-50, 50))
population = list(range(1, 50))
state = mc.getstate()
first = mc.sample(population, 6)
mc.setstate(state)
print("lottery", sorted(first), sorted(mc.sample(population, 6)) == sorted(first))
random.seed("a string seed")
print(random.random(), random.randint(0, 10 ** 20), random.choice("xyz"))
def birthday_trial(r, people):
    days = [r.randrange(365) for _ in range(people)]
    return len(set(days)) < people
br = random.Random(1)
for people in (10, 23, 40):
    hits = sum(birthday_trial(br, people) for _ in range(500))
    print(people, "people:", hits / 500)
