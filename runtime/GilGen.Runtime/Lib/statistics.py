"""GilGen's statistics: averages, spread, relations between two variables, and NormalDist.

Written for GilGen from the module's documented behaviour (CPython 3.12). Sums are exact: every value is taken as
its integer ratio, the numerators of each denominator are added as ints, and the partial sums as Fractions, so
mean, variance and the others round once, at the end, to the type the data had (int data giving a float where
the result is not whole, as CPython's does). Decimal data gives Decimal results (the square roots correctly rounded
to the current context), as CPython's does.
"""

import math
import numbers
import random
import sys
from bisect import bisect_left, bisect_right
from collections import Counter, namedtuple, defaultdict
from fractions import Fraction
from functools import reduce
from itertools import count, groupby, repeat
from math import erf, exp, fabs, fsum, hypot, log, sqrt, sumprod, tau
from operator import itemgetter

__all__ = [
    'NormalDist', 'StatisticsError', 'correlation', 'covariance', 'fmean', 'geometric_mean', 'harmonic_mean',
    'linear_regression', 'mean', 'median', 'median_grouped', 'median_high', 'median_low', 'mode', 'multimode',
    'pstdev', 'pvariance', 'quantiles', 'stdev', 'variance',
]


class StatisticsError(ValueError):
    pass


# Exact sums ---------------------------------------------------------------------------------------------------

def _exact_ratio(x):
    """(numerator, denominator) of x exactly; (x, None) for an infinity or a nan."""
    try:
        return x.as_integer_ratio()
    except AttributeError:
        pass
    except (OverflowError, ValueError):
        return (x, None)
    try:
        return (x.numerator, x.denominator)
    except AttributeError:
        raise TypeError(f"can't convert type '{type(x).__name__}' to numerator/denominator")


def _coerce(T, S):
    """The type a result has when the data has values of types T and S: the less exact one (int < Fraction <
    float), or the subclass of the two; TypeError for two types that do not mix."""
    if T is S:
        return T
    if S is int or S is bool:
        return T
    if T is int:
        return S
    if issubclass(S, T):
        return S
    if issubclass(T, S):
        return T
    if issubclass(T, int):
        return S
    if issubclass(S, int):
        return T
    if issubclass(T, Fraction) and issubclass(S, float):
        return S
    if issubclass(T, float) and issubclass(S, Fraction):
        return T
    raise TypeError("don't know how to coerce %s and %s" % (T.__name__, S.__name__))


def _data_ratios(data, types):
    """The exact ratio of each value of data, adding each value's type to the set `types`."""
    for typ, values in groupby(data, type):
        types.add(typ)
        for value in values:
            yield _exact_ratio(value)


def _sum(data):
    """(T, total, count): the exact sum of data as a Fraction (or the float infinity or nan it adds up to), the
    number of values, and the type a result computed from them has."""
    types = set()
    n = 0
    partials = defaultdict(int)
    for numerator, denominator in _data_ratios(data, types):
        n += 1
        partials[denominator] += numerator
    if None in partials:
        # An infinity or a nan makes the sum what it is, whatever the finite values are.
        total = partials[None]
    else:
        total = sum(Fraction(num, den) for den, num in partials.items())
    return (reduce(_coerce, types, int), total, n)


def _ss(data, c=None):
    """(T, ssd, c, count): the sum of the squared deviations of data from c (their mean when c is None), exactly
    (a float infinity or nan if data has one), c, the number of values and the result type."""
    if c is not None:
        T, ssd, n = _sum((d := x - c) * d for x in data)
        return (T, ssd, c, n)
    types = set()
    n = 0
    sx = defaultdict(int)
    sxx = defaultdict(int)
    for numerator, denominator in _data_ratios(data, types):
        n += 1
        sx[denominator] += numerator
        sxx[denominator] += numerator * numerator
    if not n:
        ssd = c = Fraction(0)
    elif None in sx:
        ssd = c = sx[None]
    else:
        total = sum(Fraction(num, den) for den, num in sx.items())
        total_sq = sum(Fraction(num, den * den) for den, num in sxx.items())
        # n * sum(x²) - sum(x)², over n: poor in floating point, exact with Fractions.
        ssd = (n * total_sq - total * total) / n
        c = total / n
    return (reduce(_coerce, types, int), ssd, c, n)


def _convert(value, T):
    """The exact value as type T (a float where T is int but the value is not whole; a Decimal, which takes no
    Fraction, as its numerator divided by its denominator in the current context)."""
    if type(value) is T:
        return value
    if issubclass(T, int) and value.denominator != 1:
        T = float
    try:
        return T(value)
    except TypeError:
        if _is_decimal_type(T):
            return T(value.numerator) / value.denominator
        raise


def _is_decimal_type(T):
    """Whether T is decimal.Decimal or a subclass. A program that never imported decimal has no Decimal, so the
    module is looked up in sys.modules rather than imported by every caller."""
    module = sys.modules.get('decimal')
    return module is not None and isinstance(T, type) and issubclass(T, module.Decimal)


def _decimal_sqrt_of_frac(n, m):
    """The square root of n/m as a Decimal correctly rounded to the current context: the context's square root of
    the rounded quotient may be one unit off, so the neighbours are tested against the exact value."""
    Decimal = sys.modules['decimal'].Decimal
    if n <= 0:
        if not n:
            return Decimal('0.0')
        n, m = -n, -m
    root = (Decimal(n) / Decimal(m)).sqrt()
    nr, dr = root.as_integer_ratio()
    plus = root.next_plus()
    np, dp = plus.as_integer_ratio()
    # n / m above the midpoint of root and plus, squared: plus is nearer.
    if 4 * n * (dp * dp) * (dr * dr) > m * (dr * np + dp * nr) ** 2:
        return plus
    minus = root.next_minus()
    nm, dm = minus.as_integer_ratio()
    if 4 * n * (dm * dm) * (dr * dr) < m * (dr * nm + dm * nr) ** 2:
        return minus
    return root


def _fail_neg(values, errmsg='negative value'):
    """The values, raising StatisticsError(errmsg) at a negative one."""
    for x in values:
        if x < 0:
            raise StatisticsError(errmsg)
        yield x


def _rank(data, /, *, key=None, reverse=False, ties='average', start=1):
    """The rank of each value of data, in data's order, from `start`; tied values share their average rank."""
    if ties != 'average':
        raise ValueError(f'Unknown tie resolution method: {ties!r}')
    if key is not None:
        data = map(key, data)
    ordered = sorted(zip(data, count()), reverse=reverse)
    ranks = [0] * len(ordered)
    before = start - 1
    for _, group in groupby(ordered, key=itemgetter(0)):
        group = list(group)
        rank = before + (len(group) + 1) / 2
        for _, position in group:
            ranks[position] = rank
        before += len(group)
    return ranks


# Square roots of fractions, correctly rounded ---------------------------------------------------------------------

_MANT_DIG = 53  # sys.float_info.mant_dig (GilGen's sys has no float_info)
# Enough bits that a root rounded to odd at this width rounds to the correct float.
_SQRT_BITS = 2 * _MANT_DIG + 3


def _isqrt_frac_round_to_odd(n, m):
    """The square root of n/m, truncated, with its last bit set if it is inexact."""
    root = math.isqrt(n // m)
    return root | (root * root * m != n)


def _float_sqrt_of_frac(n, m):
    """The square root of n/m (n >= 0, m > 0) as a correctly rounded float."""
    # Scale n/m by 4**-q so that its root has _SQRT_BITS bits; the float division then rounds exactly once.
    q = (n.bit_length() - m.bit_length() - _SQRT_BITS) // 2
    if q >= 0:
        return (_isqrt_frac_round_to_odd(n, m << 2 * q) << q) / 1
    return _isqrt_frac_round_to_odd(n << -2 * q, m) / (1 << -q)


# Averages -----------------------------------------------------------------------------------------------------------

def mean(data):
    """The arithmetic mean, exactly computed, as the type the data has."""
    T, total, n = _sum(data)
    if n < 1:
        raise StatisticsError('mean requires at least one data point')
    return _convert(total / n, T)


def fmean(data, weights=None):
    """The arithmetic mean (weighted if weights are given) as a float, computed in floating point."""
    if weights is None:
        try:
            n = len(data)
        except TypeError:
            n = 0

            def counted(iterable):
                nonlocal n
                for n, x in enumerate(iterable, start=1):
                    yield x
            data = counted(data)
        total = fsum(data)
        if not n:
            raise StatisticsError('fmean requires at least one data point')
        return total / n
    if not isinstance(weights, (list, tuple)):
        weights = list(weights)
    try:
        num = sumprod(data, weights)
    except ValueError:
        raise StatisticsError('data and weights must be the same length')
    den = fsum(weights)
    if not den:
        raise StatisticsError('sum of weights must be non-zero')
    return num / den


def geometric_mean(data):
    """The geometric mean, as a float: exp of the mean of the logarithms."""
    try:
        return exp(fmean(map(log, data)))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset containing positive numbers') from None


def harmonic_mean(data, weights=None):
    """The harmonic mean (weighted if weights are given): the reciprocal of the mean of the reciprocals."""
    if iter(data) is data:
        data = list(data)
    errmsg = 'harmonic mean does not support negative values'
    n = len(data)
    if n < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    if n == 1 and weights is None:
        x = data[0]
        if not isinstance(x, numbers.Real):
            raise TypeError('unsupported type')
        if x < 0:
            raise StatisticsError(errmsg)
        return x
    if weights is None:
        weights = repeat(1, n)
        sum_weights = n
    else:
        if iter(weights) is weights:
            weights = list(weights)
        if len(weights) != n:
            raise StatisticsError('Number of weights does not match data size')
        _, sum_weights, _ = _sum(w for w in _fail_neg(weights, errmsg))
    try:
        data = _fail_neg(data, errmsg)
        T, total, _ = _sum(w / x if w else 0 for w, x in zip(weights, data))
    except ZeroDivisionError:
        return 0
    if total <= 0:
        raise StatisticsError('Weighted sum must be positive')
    return _convert(sum_weights / total, T)


def median(data):
    """The middle value, or the mean of the two middle values."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    """The middle value, or the lower of the two middle values."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    return data[n // 2] if n % 2 == 1 else data[n // 2 - 1]


def median_high(data):
    """The middle value, or the higher of the two middle values."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    return data[n // 2]


def median_grouped(data, interval=1.0):
    """The median of data grouped in classes of width `interval` centred on the values: the 50th percentile,
    interpolated within the median's class."""
    data = sorted(data)
    n = len(data)
    if not n:
        raise StatisticsError("no median for empty data")
    x = data[n // 2]
    # The values equal to the middle one are data[i:j].
    i = bisect_left(data, x)
    j = bisect_right(data, x, lo=i)
    try:
        interval = float(interval)
        x = float(x)
    except ValueError:
        raise TypeError('Value cannot be converted to a float')
    lower_limit = x - interval / 2.0
    return lower_limit + interval * (n / 2 - i) / (j - i)


def mode(data):
    """The most common value (the first seen of those equally common)."""
    pairs = Counter(iter(data)).most_common(1)
    try:
        return pairs[0][0]
    except IndexError:
        raise StatisticsError('no mode for empty data') from None


def multimode(data):
    """The most common values, in the order first seen."""
    counts = Counter(iter(data))
    if not counts:
        return []
    most = max(counts.values())
    return [value for value, n in counts.items() if n == most]


def quantiles(data, *, n=4, method='exclusive'):
    """The n - 1 cut points dividing data into n intervals of equal probability, by linear interpolation:
    'exclusive' treats data as a sample, 'inclusive' as the whole population (its minimum and maximum are the
    0th and 100th percentiles)."""
    if n < 1:
        raise StatisticsError('n must be at least 1')
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        raise StatisticsError('must have at least two data points')
    if method == 'inclusive':
        m = ld - 1
        result = []
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            result.append((data[j] * (n - delta) + data[j + 1] * delta) / n)
        return result
    if method == 'exclusive':
        m = ld + 1
        result = []
        for i in range(1, n):
            j = min(max(i * m // n, 1), ld - 1)
            delta = i * m - j * n
            result.append((data[j - 1] * (n - delta) + data[j] * delta) / n)
        return result
    raise ValueError(f'Unknown method: {method!r}')


# Spread ------------------------------------------------------------------------------------------------------------

def variance(data, xbar=None):
    """The sample variance (divided by n - 1), exactly computed, as the type the data has."""
    T, ss, c, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('variance requires at least two data points')
    return _convert(ss / (n - 1), T)


def pvariance(data, mu=None):
    """The population variance (divided by n), exactly computed, as the type the data has."""
    T, ss, c, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pvariance requires at least one data point')
    return _convert(ss / n, T)


def stdev(data, xbar=None):
    """The sample standard deviation: the correctly rounded square root of variance, a float (a Decimal for
    Decimal data)."""
    T, ss, c, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    mss = ss / (n - 1)
    if _is_decimal_type(T):
        return _decimal_sqrt_of_frac(mss.numerator, mss.denominator)
    return _float_sqrt_of_frac(mss.numerator, mss.denominator)


def pstdev(data, mu=None):
    """The population standard deviation: the correctly rounded square root of pvariance, a float (a Decimal for
    Decimal data)."""
    T, ss, c, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pstdev requires at least one data point')
    mss = ss / n
    if _is_decimal_type(T):
        return _decimal_sqrt_of_frac(mss.numerator, mss.denominator)
    return _float_sqrt_of_frac(mss.numerator, mss.denominator)


def _mean_stdev(data):
    """(mean, stdev) of data as floats, from one pass."""
    T, ss, xbar, n = _ss(data)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    mss = ss / (n - 1)
    try:
        return float(xbar), _float_sqrt_of_frac(mss.numerator, mss.denominator)
    except AttributeError:
        # An infinity or a nan in the data.
        return float(xbar), float(xbar) / float(ss)


# Two variables -----------------------------------------------------------------------------------------------------

def _check_pair(x, y, what):
    """len(x), after checking that x and y have the same length, at least 2."""
    n = len(x)
    if len(y) != n:
        raise StatisticsError(f'{what} requires that both inputs have same number of data points')
    if n < 2:
        raise StatisticsError(f'{what} requires at least two data points')
    return n


def covariance(x, y, /):
    """The sample covariance of x and y."""
    n = _check_pair(x, y, 'covariance')
    xbar = fsum(x) / n
    ybar = fsum(y) / n
    sxy = sumprod((xi - xbar for xi in x), (yi - ybar for yi in y))
    return sxy / (n - 1)


def correlation(x, y, /, *, method='linear'):
    """Pearson's correlation coefficient of x and y ('linear'), or Spearman's rank correlation ('ranked')."""
    n = _check_pair(x, y, 'correlation')
    if method not in {'linear', 'ranked'}:
        raise ValueError(f'Unknown method: {method!r}')
    if method == 'ranked':
        start = (n - 1) / -2  # ranks centred on zero
        x = _rank(x, start=start)
        y = _rank(y, start=start)
    else:
        xbar = fsum(x) / n
        ybar = fsum(y) / n
        x = [xi - xbar for xi in x]
        y = [yi - ybar for yi in y]
    sxy = sumprod(x, y)
    sxx = sumprod(x, x)
    syy = sumprod(y, y)
    try:
        return sxy / sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError('at least one of the inputs is constant')


LinearRegression = namedtuple('LinearRegression', ('slope', 'intercept'))


def linear_regression(x, y, /, *, proportional=False):
    """The slope and intercept of the ordinary least squares line of y on x (through the origin when
    proportional)."""
    n = len(x)
    if len(y) != n:
        raise StatisticsError('linear regression requires that both inputs have same number of data points')
    if n < 2:
        raise StatisticsError('linear regression requires at least two data points')
    if not proportional:
        xbar = fsum(x) / n
        ybar = fsum(y) / n
        x = [xi - xbar for xi in x]
        y = (yi - ybar for yi in y)
    sxy = sumprod(x, y) + 0.0  # a float, even from ints
    sxx = sumprod(x, x)
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError('x is constant')
    intercept = 0.0 if proportional else ybar - slope * xbar
    return LinearRegression(slope=slope, intercept=intercept)


# The normal distribution -------------------------------------------------------------------------------------------

# Wichura's algorithm AS 241 (Applied Statistics 37, 1988): rational approximations of the normal quantile
# function accurate to about 1e-16, in three regions of p. Coefficients from the highest power down.
_CENTRAL_NUM = (2.5090809287301226727e+3, 3.3430575583588128105e+4, 6.7265770927008700853e+4,
                4.5921953931549871457e+4, 1.3731693765509461125e+4, 1.9715909503065514427e+3,
                1.3314166789178437745e+2, 3.3871328727963666080e+0)
_CENTRAL_DEN = (5.2264952788528545610e+3, 2.8729085735721942674e+4, 3.9307895800092710610e+4,
                2.1213794301586595867e+4, 5.3941960214247511077e+3, 6.8718700749205790830e+2,
                4.2313330701600911252e+1, 1.0)
_NEAR_NUM = (7.74545014278341407640e-4, 2.27238449892691845833e-2, 2.41780725177450611770e-1,
             1.27045825245236838258e+0, 3.64784832476320460504e+0, 5.76949722146069140550e+0,
             4.63033784615654529590e+0, 1.42343711074968357734e+0)
_NEAR_DEN = (1.05075007164441684324e-9, 5.47593808499534494600e-4, 1.51986665636164571966e-2,
             1.48103976427480074590e-1, 6.89767334985100004550e-1, 1.67638483018380384940e+0,
             2.05319162663775882187e+0, 1.0)
_TAIL_NUM = (2.01033439929228813265e-7, 2.71155556874348757815e-5, 1.24266094738807843860e-3,
             2.65321895265761230930e-2, 2.96560571828504891230e-1, 1.78482653991729133580e+0,
             5.46378491116411436990e+0, 6.65790464350110377720e+0)
_TAIL_DEN = (2.04426310338993978564e-15, 1.42151175831644588870e-7, 1.84631831751005468180e-5,
             7.86869131145613259100e-4, 1.48753612908506148525e-2, 1.36929880922735805310e-1,
             5.99832206555887937690e-1, 1.0)


def _horner(coefficients, r):
    """The polynomial with these coefficients (highest power first) at r."""
    total = coefficients[0]
    for c in coefficients[1:]:
        total = total * r + c
    return total


def _normal_dist_inv_cdf(p, mu, sigma):
    """The x at which the normal distribution N(mu, sigma) has cumulative probability p (0 < p < 1)."""
    q = p - 0.5
    if fabs(q) <= 0.425:
        r = 0.180625 - q * q
        x = _horner(_CENTRAL_NUM, r) * q / _horner(_CENTRAL_DEN, r)
        return mu + (x * sigma)
    r = sqrt(-log(p if q <= 0.0 else 1.0 - p))
    if r <= 5.0:
        r = r - 1.6
        x = _horner(_NEAR_NUM, r) / _horner(_NEAR_DEN, r)
    else:
        r = r - 5.0
        x = _horner(_TAIL_NUM, r) / _horner(_TAIL_DEN, r)
    if q < 0.0:
        x = -x
    return mu + (x * sigma)


_SQRT2 = sqrt(2.0)


class NormalDist:
    """The normal distribution with mean mu and standard deviation sigma."""

    __slots__ = {
        '_mu': 'Arithmetic mean of a normal distribution',
        '_sigma': 'Standard deviation of a normal distribution',
    }

    def __init__(self, mu=0.0, sigma=1.0):
        if sigma < 0.0:
            raise StatisticsError('sigma must be non-negative')
        self._mu = float(mu)
        self._sigma = float(sigma)

    @classmethod
    def from_samples(cls, data):
        """The distribution with the sample mean and sample standard deviation of data."""
        return cls(*_mean_stdev(data))

    def samples(self, n, *, seed=None):
        """n random values from the distribution (reproducible when a seed is given)."""
        gauss = random.gauss if seed is None else random.Random(seed).gauss
        mu, sigma = self._mu, self._sigma
        return [gauss(mu, sigma) for _ in repeat(None, n)]

    def pdf(self, x):
        """The probability density at x."""
        variance = self._sigma * self._sigma
        if not variance:
            raise StatisticsError('pdf() not defined when sigma is zero')
        diff = x - self._mu
        return exp(diff * diff / (-2.0 * variance)) / sqrt(tau * variance)

    def cdf(self, x):
        """The probability that a value is at most x."""
        if not self._sigma:
            raise StatisticsError('cdf() not defined when sigma is zero')
        return 0.5 * (1.0 + erf((x - self._mu) / (self._sigma * _SQRT2)))

    def inv_cdf(self, p):
        """The value at which the cumulative probability is p (the quantile function)."""
        if p <= 0.0 or p >= 1.0:
            raise StatisticsError('p must be in the range 0.0 < p < 1.0')
        return _normal_dist_inv_cdf(p, self._mu, self._sigma)

    def quantiles(self, n=4):
        """The n - 1 cut points dividing the distribution into n intervals of equal probability."""
        return [self.inv_cdf(i / n) for i in range(1, n)]

    def overlap(self, other):
        """The area the two distributions' density functions share (between 0.0 and 1.0)."""
        if not isinstance(other, NormalDist):
            raise TypeError('Expected another NormalDist instance')
        X, Y = self, other
        if (Y._sigma, Y._mu) < (X._sigma, X._mu):  # the same answer whichever is self
            X, Y = Y, X
        X_var, Y_var = X.variance, Y.variance
        if not X_var or not Y_var:
            raise StatisticsError('overlap() not defined when sigma is zero')
        dv = Y_var - X_var
        dm = fabs(Y._mu - X._mu)
        if not dv:
            return 1.0 - erf(dm / (2.0 * X._sigma * _SQRT2))
        # The densities cross at x1 and x2.
        a = X._mu * Y_var - Y._mu * X_var
        b = X._sigma * Y._sigma * sqrt(dm * dm + dv * log(Y_var / X_var))
        x1 = (a + b) / dv
        x2 = (a - b) / dv
        return 1.0 - (fabs(Y.cdf(x1) - X.cdf(x1)) + fabs(Y.cdf(x2) - X.cdf(x2)))

    def zscore(self, x):
        """How many standard deviations x is above the mean."""
        if not self._sigma:
            raise StatisticsError('zscore() not defined when sigma is zero')
        return (x - self._mu) / self._sigma

    @property
    def mean(self):
        return self._mu

    @property
    def median(self):
        return self._mu

    @property
    def mode(self):
        return self._mu

    @property
    def stdev(self):
        return self._sigma

    @property
    def variance(self):
        return self._sigma * self._sigma

    def __add__(x1, x2):
        """The sum of two independent normal variables, or the distribution shifted by a constant."""
        if isinstance(x2, NormalDist):
            return NormalDist(x1._mu + x2._mu, hypot(x1._sigma, x2._sigma))
        return NormalDist(x1._mu + x2, x1._sigma)

    def __sub__(x1, x2):
        """The difference of two independent normal variables, or the distribution shifted by a constant."""
        if isinstance(x2, NormalDist):
            return NormalDist(x1._mu - x2._mu, hypot(x1._sigma, x2._sigma))
        return NormalDist(x1._mu - x2, x1._sigma)

    def __mul__(x1, x2):
        """The distribution scaled by a constant."""
        return NormalDist(x1._mu * x2, x1._sigma * fabs(x2))

    def __truediv__(x1, x2):
        """The distribution scaled by the reciprocal of a constant."""
        return NormalDist(x1._mu / x2, x1._sigma / fabs(x2))

    def __pos__(x1):
        return NormalDist(x1._mu, x1._sigma)

    def __neg__(x1):
        return NormalDist(-x1._mu, x1._sigma)

    __radd__ = __add__

    def __rsub__(x1, x2):
        return -(x1 - x2)

    __rmul__ = __mul__

    def __eq__(x1, x2):
        if not isinstance(x2, NormalDist):
            return NotImplemented
        return x1._mu == x2._mu and x1._sigma == x2._sigma

    def __hash__(self):
        return hash((self._mu, self._sigma))

    def __repr__(self):
        return f'{type(self).__name__}(mu={self._mu!r}, sigma={self._sigma!r})'

    def __getstate__(self):
        return self._mu, self._sigma

    def __setstate__(self, state):
        self._mu, self._sigma = state
