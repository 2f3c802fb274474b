# statistics.NormalDist: construction, from_samples, pdf/cdf/inv_cdf, quantiles, overlap, zscore, arithmetic,
# equality, hashing, samples with a seed.
import statistics as st
from statistics import NormalDist

n = NormalDist(100, 15)
print(n, repr(NormalDist()), NormalDist(mu=3, sigma=0), n.mean, n.median, n.mode, n.stdev, n.variance)
for x in (70, 85, 100, 115.5, 160):
    print(x, n.pdf(x), n.cdf(x), n.zscore(x))
for p in (1e-300, 1e-20, 0.001, 0.02425, 0.1, 0.25, 0.5, 0.75, 0.9, 0.975, 0.999, 1 - 1e-12):
    print(p, n.inv_cdf(p), NormalDist().inv_cdf(p))
print(n.quantiles(), n.quantiles(10), NormalDist().quantiles(3))
print(NormalDist(2.4, 1.6).overlap(NormalDist(3.2, 2.0)), NormalDist(0, 1).overlap(NormalDist(1, 1)),
      NormalDist(0, 1).overlap(NormalDist(0, 1)), NormalDist(5, 2).overlap(NormalDist(-5, 0.5)))

s = NormalDist.from_samples([2.5, 3.25, 5.5, 11.25, 11.75])
print(s, s.mean, s.stdev)
print(NormalDist.from_samples(range(10)), NormalDist.from_samples([1, 1, 1]))

a, b = NormalDist(10, 3), NormalDist(4, 4)
print(a + b, a - b, a + 5, 5 + a, a - 5, 5 - a, a * 2, 2 * a, a * -2, a / 4, a / -4, +a, -a)
print(a == NormalDist(10, 3), a == NormalDist(10, 3.0000001), a != b, a == 10, a.__eq__(10))
print(hash(a) == hash(NormalDist(10.0, 3.0)), len({a, NormalDist(10, 3), b}))
print(a.samples(5, seed=42))
print(NormalDist(0, 1).samples(3, seed='text') == NormalDist(0, 1).samples(3, seed='text'))
print(len(NormalDist().samples(4)))


class Sub(NormalDist):
    pass


print(repr(Sub(1, 2)), type(Sub.from_samples([1, 2, 3])).__name__, type(Sub(1, 2) + 1).__name__)


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


z = NormalDist(3, 0)
show('sigma<0', lambda: NormalDist(0, -1))
show('pdf0', lambda: z.pdf(3))
show('cdf0', lambda: z.cdf(3))
show('inv_cdf0', lambda: z.inv_cdf(0.3))
show('zscore0', lambda: z.zscore(3))
show('overlap0', lambda: z.overlap(NormalDist()))
show('overlap type', lambda: NormalDist().overlap(5))
show('inv_cdf 0', lambda: NormalDist().inv_cdf(0))
show('inv_cdf 1', lambda: NormalDist().inv_cdf(1.0))
show('from_samples 1', lambda: NormalDist.from_samples([1]))
show('mu str', lambda: NormalDist('x'))
show('add str', lambda: NormalDist() + 'x')
print(issubclass(st.StatisticsError, ValueError), st.StatisticsError.__mro__[1].__name__)
