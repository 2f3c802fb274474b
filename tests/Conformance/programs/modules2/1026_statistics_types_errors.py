# statistics: result types from mixed data (int, bool, float, Fraction, subclasses), coercion errors, exact sums
# that floats alone would get wrong, iterators as data, and StatisticsError's messages.
import statistics as st
from fractions import Fraction as F


class MyFloat(float):
    def __repr__(self):
        return 'MyFloat(%s)' % float.__repr__(self)


class MyInt(int):
    pass


def show(name, *args, **kwargs):
    try:
        result = getattr(st, name)(*args, **kwargs)
        print(name, type(result).__name__, repr(result))
    except Exception as e:
        print(name, type(e).__name__, e)


for data in ([1, 2], [1, 2, 3], [True, True], [1, F(1, 2)], [F(1, 2), 0.5], [1, 2.0], [MyFloat(1.5), 2.5],
             [MyFloat(1.5), MyFloat(2.5)], [MyInt(1), MyInt(4)], [MyInt(1), 2], [MyFloat(1.0), F(1, 2)],
             [MyInt(3), MyFloat(1.0)], [F(1, 3), F(2, 3), F(1, 1)]):
    for name in ('mean', 'variance', 'pvariance', 'median', 'harmonic_mean'):
        show(name, data)

show('mean', [1e16, 1.0, -1e16])
show('mean', [0.1, 0.2, 0.3])
show('variance', [1e16 + 1, 1e16 + 3, 1e16 + 5])
show('mean', [1, 'a'])
show('mean', ['a', 'b'])
show('mean', [1, 2j])
show('mean', [1, None])
show('mean', [F(1, 2), 1j])
show('mean', iter([]))
show('fmean', [])
show('fmean', iter([]))
show('fmean', ['a'])
show('variance', [1])
show('pvariance', [])
show('stdev', [1])
show('pstdev', [])
show('median', [])
show('median_low', [])
show('median_high', [])
show('median_grouped', [])
show('mode', [])
show('harmonic_mean', [])
show('geometric_mean', [])
show('geometric_mean', [-1, 2])
show('mean', {1: 'a', 3: 'b'})
show('mean', range(10 ** 6, 10 ** 6 + 5))
show('median', (x * x for x in range(7)))
show('mode', {'a': 1, 'b': 2})
show('multimode', [3, 1, 3, 1, 2])
e = st.StatisticsError('custom')
print(type(e).__name__, e, isinstance(e, ValueError), st.StatisticsError.__module__, st.StatisticsError.__name__)
print(sorted(st.__all__))
