# Float distributions print with repr: every bit must match CPython.
import random

random.seed(123456)
print("uniform", [repr(random.uniform(-1, 1)) for _ in range(3)])
print("uniform ints", repr(random.uniform(3, 7)))
print("gauss", [repr(random.gauss(0, 1)) for _ in range(5)])
print("gauss mu sigma", repr(random.gauss(100, 15)))
print("normalvariate", [repr(random.normalvariate(10, 2)) for _ in range(4)])
print("lognormvariate", repr(random.lognormvariate(0, 0.25)))
print("expovariate", [repr(random.expovariate(1.5)) for _ in range(3)])
print("triangular", [repr(random.triangular(0, 10, 2)) for _ in range(3)])
print("triangular default", repr(random.triangular()))
print("paretovariate", repr(random.paretovariate(2.5)))
print("weibullvariate", repr(random.weibullvariate(1.0, 1.5)))

# A Monte Carlo estimate of pi with a fixed seed is a fixed number.
random.seed(3)
inside = 0
n = 20000
for _ in range(n):
    x = random.random()
    y = random.random()
    if x * x + y * y <= 1.0:
        inside += 1
print("pi estimate", inside, repr(4 * inside / n))

# A random walk.
random.seed(11)
pos = 0
path = []
for _ in range(40):
    pos += random.choice((-1, 1))
    path.append(pos)
print("walk", path)
print("min max", min(path), max(path))

# Mean and spread of gaussians.
random.seed(8)
xs = [random.gauss(50, 5) for _ in range(1000)]
mean = sum(xs) / len(xs)
var = sum([(x - mean) ** 2 for x in xs]) / len(xs)
print("mean", repr(mean))
print("var", repr(var))
