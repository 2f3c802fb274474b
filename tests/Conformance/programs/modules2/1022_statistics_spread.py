# statistics: variance, pvariance, stdev, pstdev with given means; exact sums and correctly rounded roots.
import random
import statistics as st
from fractions import Fraction as F


def show(name, *args):
    try:
        result = getattr(st, name)(*args)
        print(name, type(result).__name__, repr(result))
    except Exception as e:
        print(name, type(e).__name__, e)


datasets = [
    [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5],
    [1, 2, 3, 4, 5],
    [1, 2, 3, 4],
    [F(1, 4), F(5, 4), F(1, 2)],
    [1, F(1, 2), 0.25],
    [True, False, False, True, True],
    [1e9 + 0.1, 1e9 + 0.2, 1e9 + 0.3],
    [1e308, -1e308, 1e308],
    [5, 5, 5],
    [7],
    [],
]
for data in datasets:
    print('--', data)
    for name in ('variance', 'pvariance', 'stdev', 'pstdev'):
        show(name, data)
show('variance', [1, 2, 3, 4], 2.5)
show('variance', [1, 2, 3, 4], F(5, 2))
show('pvariance', [1, 2, 3, 4], 3)
show('stdev', [1.5, 2.5, 2.5, 2.75, 3.25, 4.75], 2.875)
show('pstdev', iter([1, 2, 3]), 2)
show('variance', ['a', 'b'])
show('variance', [1, 'b'])
show('variance', [1 + 2j, 3j])
show('pvariance', [float('inf'), 1.0])

rng = random.Random(2024)
for trial in range(6):
    data = [rng.gauss(100, 15) for _ in range(rng.randint(2, 60))]
    print(trial, st.mean(data), st.fmean(data), st.variance(data), st.stdev(data), st.pstdev(data),
          st.median(data), st.quantiles(data, n=5))
    ints = [rng.randint(-1000, 1000) for _ in range(rng.randint(2, 60))]
    print(trial, repr(st.mean(ints)), repr(st.variance(ints)), st.stdev(ints), repr(st.pvariance(ints)),
          st.pstdev(ints), st.harmonic_mean([abs(x) + 1 for x in ints]), st.geometric_mean([abs(x) + 1 for x in ints]))
