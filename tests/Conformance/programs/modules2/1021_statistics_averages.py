# statistics: mean, fmean, geometric_mean, harmonic_mean, medians, mode, multimode, quantiles; result types
# follow the data (int, float, Fraction, bool) as CPython's exact sums give them.
import statistics as st
from fractions import Fraction as F


def show(name, *args, **kwargs):
    try:
        result = getattr(st, name)(*args, **kwargs)
        print(name, type(result).__name__, repr(result))
    except Exception as e:
        print(name, type(e).__name__, e)


datasets = [
    [1, 2, 3, 4, 4],
    [1, 2, 3, 4],
    [-1.0, 2.5, 3.25, 5.75],
    [F(1, 2), F(3, 4), F(5, 8)],
    [F(1, 3), 2, 0.5],
    [True, False, True],
    [1e308, 1e308],
    [0.1] * 10,
    [1, 1e100, 1, -1e100] * 3,
    [float('inf'), 1.0],
    [float('inf'), float('-inf')],
    [float('nan'), 1.0],
    list(range(1, 100, 7)),
    [2.5],
    [],
]
for data in datasets:
    print('--', data)
    for name in ('mean', 'fmean', 'geometric_mean', 'harmonic_mean', 'median', 'median_low', 'median_high',
                 'median_grouped', 'mode', 'multimode'):
        show(name, data)

show('mean', iter([1, 2, 3]))
show('mean', (x / 2 for x in range(5)))
show('fmean', iter([1, 2, 3]))
show('fmean', [1, 2, 3], [3, 2, 1])
show('fmean', [1.5, 2.5], iter([0.25, 0.75]))
show('fmean', [1, 2, 3], [1, 2])
show('fmean', [1, 2], [0, 0])
show('harmonic_mean', [40, 60], weights=[5, 30])
show('harmonic_mean', [1, 0, 2])
show('harmonic_mean', [1, -2])
show('harmonic_mean', [1, 2], [1])
show('harmonic_mean', [F(1, 2), F(1, 4)])
show('harmonic_mean', ['a'])
show('geometric_mean', [54, 24, 36])
show('geometric_mean', [1, 0, 2])
show('median_grouped', [52, 52, 53, 54])
show('median_grouped', [1, 3, 3, 5, 7], interval=2)
show('median_grouped', [1, 2, 2, 3, 4, 4, 4, 4, 4, 5])
show('median_grouped', ['a', 'b'])
show('median', ['b', 'a', 'c'])
show('mode', ['red', 'blue', 'blue', 'red', 'green'])
show('multimode', 'aabbbbccddddeeffffgg')
show('multimode', '')
show('mode', [[1], [1]])

for data in ([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110],
             [1.5, 2.25], [F(1, 2), F(1, 3), F(2, 3)], [3, 1]):
    for n in (1, 2, 4, 10):
        show('quantiles', data, n=n)
        show('quantiles', data, n=n, method='inclusive')
show('quantiles', [1], n=4)
show('quantiles', [], n=4)
show('quantiles', [1, 2, 3], n=0)
show('quantiles', [1, 2, 3], method='median')
