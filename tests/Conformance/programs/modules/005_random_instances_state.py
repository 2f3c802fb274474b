# Independent Random instances, getstate/setstate, and reseeding.
import random

a = random.Random(42)
b = random.Random(42)
c = random.Random("42")
print([a.randint(0, 99) for _ in range(10)])
print([b.randint(0, 99) for _ in range(10)])
print([c.randint(0, 99) for _ in range(10)])

state = a.getstate()
print(type(state).__name__, len(state), state[0], len(state[1]), state[2])
first = [a.random() for _ in range(5)]
a.setstate(state)
second = [a.random() for _ in range(5)]
print("setstate replays:", first == second)

g = random.Random(9)
g.gauss()
st = g.getstate()
print("gauss spare kept:", st[2] is not None)
x1 = g.gauss()
g.setstate(st)
x2 = g.gauss()
print(repr(x1), repr(x2), x1 == x2)

# The module functions share one hidden instance; an instance does not disturb it.
random.seed(1)
m1 = random.random()
random.seed(1)
other = random.Random(1)
other.random()
other.random()
m2 = random.random()
print("module unaffected:", m1 == m2, repr(m1))

r = random.Random()
r.seed(2**100 + 1)
print(r.getrandbits(100))
r.seed(-(2**100 + 1))
print(r.getrandbits(100))
r.seed(0)
print(r.random(), r.randrange(1000))
rs = [random.Random(s).random() for s in range(5)]
for x in rs:
    print(repr(x))
print(type(a).__name__, isinstance(a, random.Random))
