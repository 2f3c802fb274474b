import random

random.seed(2024)
print([random.vonmisesvariate(0.0, 4.0) for _ in range(5)])
print([random.vonmisesvariate(3.0, 0.5) for _ in range(5)])
print([random.vonmisesvariate(-1.0, 100.0) for _ in range(3)])
print([random.vonmisesvariate(1.0, 0.0) for _ in range(3)])
print([random.binomialvariate(10, 0.3) for _ in range(10)])
print([random.binomialvariate(100, 0.5) for _ in range(10)])
print([random.binomialvariate(1000, 0.9) for _ in range(10)])
print([random.binomialvariate(50, 0.05) for _ in range(10)])
print([random.binomialvariate() for _ in range(10)])
print(random.binomialvariate(1000000, 0.25), random.binomialvariate(7, 0.0), random.binomialvariate(7, 1.0))
print(random.binomialvariate(n=20, p=0.75), random.binomialvariate(0, 0.5))
r = random.Random(7)
print([r.binomialvariate(30, 0.4) for _ in range(5)], r.vonmisesvariate(0.5, 2.0))
for args in [(-1, 0.5), (10, 1.5), (10, -0.1)]:
    try:
        random.binomialvariate(*args)
    except ValueError as e:
        print(type(e).__name__, e)
print(random.random())
