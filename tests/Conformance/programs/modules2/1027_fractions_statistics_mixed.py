# Fractions, statistics, textwrap and numbers together: keyword construction, mixed operands, Unicode
# whitespace in wrapping, numbers' mixin methods called directly, Fractions as NormalDist parameters.
from fractions import Fraction as F
import math, statistics as st, textwrap, numbers
print(round(F(5, 2), None), F(3, 4).__round__(), pow(F(1, 2), 2), F(numerator=3, denominator=4), F(denominator=2))
print(F('1.5e30'), F('-1e-30').denominator == 10 ** 30, F(10 ** 50 + 1, 10 ** 50) > 1, F(1, 3) != F(1, 3))
print(divmod(F(7, 2), F(1, 3)), divmod(-7, F(2, 3)), 7 % F(2, 3), 7.5 // F(2), F(7, 2) % 1.5)
print(repr(F(1, 2) + True), repr(True + F(1, 2)), F(1, 2) * 2.0, 2j * F(1, 2), F(1, 2) - 1j)
print(st.mean([F(1, 3), F(2, 3)]), st.median([F(1, 3), F(2, 3)]), st.mode([F(1, 2), 0.5, 1]))
print(st.fmean([F(1, 3), 2]), st.geometric_mean([F(1, 4), 4]), st.pstdev([F(1), F(2), F(4)]))
print(textwrap.TextWrapper().wrap('x ' * 50))
print(textwrap.wrap('Hello\u2014world  and\u00a0nbsp  \u3000ideographic', 8))
print(numbers.Rational.__float__(F(1, 3)), numbers.Complex.__bool__(F(0)))
print(isinstance(F(1), numbers.Integral), hash(F(-1)), hash(F(-2, 1)), F(0) == False, -F(0) == 0.0)
print(f'{F(1, 3):.3%}', format(F(-0), '.1f'), format(F(-1, 1000), 'z.1f'), format(F(-1, 1000), '.1f'))
print(st.quantiles(range(1, 11), n=3), st.median_grouped([1, 2, 3], interval=F(1, 2)))
print(st.NormalDist(F(1, 2), 2).mean, st.NormalDist(1, 2).pdf(F(1)), st.NormalDist.from_samples([F(1), F(3)]))
