"""GilGen's fractions: Fraction, a rational number kept exactly as an int numerator over a positive int
denominator in lowest terms.

Written for GilGen from the module's documented behaviour (CPython 3.12). A Decimal (constructor, from_decimal)
is taken exactly, by its integer ratio; decimal is imported only when such a value may be one.
"""

import math
import numbers
import operator
import re
import sys

__all__ = ['Fraction']

# CPython's numeric hash (sys.hash_info, which GilGen's sys lacks) works modulo this prime, on 64-bit builds;
# an infinite value hashes as 314159.
_PyHASH_MODULUS = 2 ** 61 - 1
_PyHASH_INF = 314159

# A fraction written as a string: a sign, then an integer numerator with an optional '/denominator', or a decimal
# number with an optional fraction part and exponent; '_' may group digits; whitespace may surround it.
_DIGITS = r'\d+(?:_\d+)*'
_RATIONAL_FORMAT = re.compile(
    r'\A\s*(?P<sign>[-+]?)(?=\d|\.\d)(?P<num>(?:' + _DIGITS + r')?)'
    r'(?:(?:\s*/\s*(?P<denom>' + _DIGITS + r'))?'
    r'|(?:\.(?P<decimal>(?:' + _DIGITS + r')?))?(?:E(?P<exp>[-+]?' + _DIGITS + r'))?)'
    r'\s*\Z', re.IGNORECASE)


def _parse(text):
    """The (numerator, denominator) a string writes, not yet in lowest terms."""
    m = _RATIONAL_FORMAT.match(text)
    if m is None:
        raise ValueError('Invalid literal for Fraction: %r' % text)
    numerator = int(m.group('num') or '0')
    denominator = 1
    if m.group('denom'):
        denominator = int(m.group('denom'))
    else:
        decimal = m.group('decimal')
        if decimal:
            decimal = decimal.replace('_', '')
            scale = 10 ** len(decimal)
            numerator = numerator * scale + int(decimal)
            denominator *= scale
        exp = m.group('exp')
        if exp:
            exp = int(exp)
            if exp >= 0:
                numerator *= 10 ** exp
            else:
                denominator *= 10 ** -exp
    if m.group('sign') == '-':
        numerator = -numerator
    return numerator, denominator


def _arithmetic(exact, inexact):
    """The forward and reflected methods of a binary operator: `exact(a, b)` for two Fractions (an int operand
    becomes a Fraction first); with a float or complex operand, `inexact` on the Fraction made a float or complex.
    Anything else is NotImplemented, so that the other operand's method is tried."""

    def forward(a, b):
        if isinstance(b, Fraction):
            return exact(a, b)
        if isinstance(b, int):
            return exact(a, Fraction._from_coprime_ints(b, 1))
        if isinstance(b, float):
            return inexact(float(a), b)
        if isinstance(b, complex):
            return inexact(complex(a), b)
        return NotImplemented

    def reverse(b, a):
        if isinstance(a, numbers.Rational):
            return exact(Fraction(a), b)
        if isinstance(a, numbers.Real):
            return inexact(float(a), float(b))
        if isinstance(a, numbers.Complex):
            return inexact(complex(a), complex(b))
        return NotImplemented

    name = inexact.__name__.strip('_')
    forward.__name__ = '__' + name + '__'
    reverse.__name__ = '__r' + name + '__'
    return forward, reverse


def _round_half_even(n, d):
    """n / d rounded to the nearest int, a tie to the even one (d > 0)."""
    q, r = divmod(n, d)
    if 2 * r > d or (2 * r == d and q % 2 == 1):
        q += 1
    return q


def _decimal_exponent(n, d):
    """The e for which 10**e <= n/d < 10**(e+1) (n, d > 0)."""
    e = len(str(n)) - len(str(d))
    if (n * 10 ** -e if e < 0 else n) < (d * 10 ** e if e >= 0 else d):
        e -= 1
    return e


def _is_decimal(x):
    """Whether x is a decimal.Decimal: only once the program has imported decimal can it hold one, so the module
    is looked up in sys.modules, not imported with fractions."""
    module = sys.modules.get('decimal')
    return module is not None and isinstance(x, module.Decimal)


class _FormatSpec:
    """A float-style format spec, parsed: [[fill]align][sign][z][#][0][width][grouping][.precision]type."""

    def __init__(self, spec, type_name):
        def invalid(why=''):
            return ValueError('Invalid format specifier %r for object of type %r%s' % (spec, type_name, why))

        i = 0
        self.fill, self.align = ' ', None
        if len(spec) >= 2 and spec[1] in '<>=^':
            self.fill, self.align = spec[0], spec[1]
            i = 2
        elif spec[:1] in ('<', '>', '=', '^'):
            self.align = spec[0]
            i = 1
        self.sign = ''
        if spec[i:i + 1] in ('+', '-', ' '):
            self.sign = '' if spec[i] == '-' else spec[i]
            i += 1
        self.no_neg_zero = spec[i:i + 1] == 'z'
        i += self.no_neg_zero
        self.alternate = spec[i:i + 1] == '#'
        i += self.alternate
        # A '0' followed by another digit asks for zero padding; a lone '0' is a width.
        self.zeropad = spec[i:i + 1] == '0' and spec[i + 1:i + 2].isdigit() and spec[i + 1:i + 2].isascii()
        i += self.zeropad
        start = i
        while i < len(spec) and spec[i] in '0123456789':
            i += 1
        width = spec[start:i]
        if width[:1] == '0' and len(width) > 1:
            raise invalid()
        self.width = int(width or '0')
        self.grouping = ''
        if spec[i:i + 1] in (',', '_'):
            self.grouping = spec[i]
            i += 1
        self.precision = 6
        if spec[i:i + 1] == '.':
            start = i = i + 1
            while i < len(spec) and spec[i] in '0123456789':
                i += 1
            digits = spec[start:i]
            if not digits or (digits[0] == '0' and len(digits) > 1):
                raise invalid()
            self.precision = int(digits)
        if i != len(spec) - 1 or spec[i] not in 'eEfFgG%':
            raise invalid()
        self.type = spec[i]
        if self.align is not None and self.zeropad:
            raise invalid("; can't use explicit alignment when zero-padding")

    def render(self, n, d):
        """The fraction n/d written as this spec asks."""
        kind = self.type
        negative = n < 0
        n = abs(n)
        if kind in 'fF%':
            exponent = -self.precision - (2 if kind == '%' else 0)
            significand = self._round_at(n, d, exponent)
            scientific = False
            point = self.precision
        else:
            figures = max(self.precision, 1) if kind in 'gG' else self.precision + 1
            significand, exponent = self._round_figures(n, d, figures)
            scientific = kind in 'eE' or exponent > 0 or exponent + figures <= -4
            point = figures - 1 if scientific else -exponent
        if self.no_neg_zero and significand == 0:
            negative = False
        digits = str(significand).rjust(point + 1, '0')
        whole, fraction = digits[:len(digits) - point], digits[len(digits) - point:]
        if kind in 'gG' and not self.alternate:
            fraction = fraction.rstrip('0')
        if kind == '%':
            suffix = '%'
        elif scientific:
            suffix = '%s%+03d' % ('E' if kind in 'EFG' else 'e', exponent + point)
        else:
            suffix = ''
        tail = ('.' if fraction or self.alternate else '') + fraction + suffix
        sign = '-' if negative else self.sign
        if self.zeropad:
            room = self.width - len(sign) - len(tail)
            # Zeros fill the room, counting the group separators they will gain.
            whole = whole.zfill(3 * room // 4 + 1 if self.grouping else room)
        if self.grouping:
            first = 1 + (len(whole) - 1) % 3
            whole = whole[:first] + ''.join(self.grouping + whole[k:k + 3] for k in range(first, len(whole), 3))
        body = whole + tail
        padding = self.fill * (self.width - len(sign) - len(body))
        align = self.align or '>'
        if align == '<':
            return sign + body + padding
        if align == '^':
            half = len(padding) // 2
            return padding[:half] + sign + body + padding[half:]
        if align == '=':
            return sign + padding + body
        return padding + sign + body

    @staticmethod
    def _round_at(n, d, exponent):
        """n/d (n >= 0) in units of 10**exponent, rounded half to even."""
        if exponent >= 0:
            return _round_half_even(n, d * 10 ** exponent)
        return _round_half_even(n * 10 ** -exponent, d)

    @classmethod
    def _round_figures(cls, n, d, figures):
        """(significand, exponent): n/d (n >= 0) rounded to `figures` significant digits, as significand *
        10**exponent with a significand of exactly `figures` digits (0 for zero)."""
        if n == 0:
            return 0, 1 - figures
        exponent = _decimal_exponent(n, d) - figures + 1
        significand = cls._round_at(n, d, exponent)
        if significand == 10 ** figures:
            # Rounding carried into a new digit: 9.99 to two figures is 10.
            significand //= 10
            exponent += 1
        return significand, exponent


class Fraction(numbers.Rational):
    """A rational number: Fraction(numerator=0, denominator=None).

    Made from two Rational numbers (ints, Fractions), from one, from a float (exactly), or from a string such as
    '3/4', '-1.5', ' 2e-3 ' or '1_000'. Kept in lowest terms with a positive denominator.
    """

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None):
        self = object.__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator = numerator
                self._denominator = 1
                return self
            if isinstance(numerator, numbers.Rational):
                numerator, denominator = numerator.numerator, numerator.denominator
            elif isinstance(numerator, float):
                # A float is a binary fraction: its ratio is exact and already in lowest terms.
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return self
            elif isinstance(numerator, str):
                numerator, denominator = _parse(numerator)
            elif _is_decimal(numerator):
                # Exact, and in lowest terms as the ratio is.
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return self
            else:
                raise TypeError("argument should be a string or a Rational instance")
        elif type(numerator) is int is type(denominator):
            pass
        elif isinstance(numerator, numbers.Rational) and isinstance(denominator, numbers.Rational):
            numerator, denominator = (numerator.numerator * denominator.denominator,
                                      denominator.numerator * numerator.denominator)
        else:
            raise TypeError("both arguments should be Rational instances")
        if denominator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
        g = math.gcd(numerator, denominator)
        if denominator < 0:
            g = -g
        self._numerator = numerator // g
        self._denominator = denominator // g
        return self

    @classmethod
    def from_float(cls, f):
        """The Fraction exactly equal to the float f (an Integral is taken too)."""
        if isinstance(f, numbers.Integral):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("%s.from_float() only takes floats, not %r (%s)" % (cls.__name__, f, type(f).__name__))
        return cls._from_coprime_ints(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        """The Fraction exactly equal to the Decimal (or Integral) dec."""
        if isinstance(dec, numbers.Integral):
            return cls(int(dec))
        if not _is_decimal(dec):
            raise TypeError("%s.from_decimal() only takes Decimals, not %r (%s)"
                            % (cls.__name__, dec, type(dec).__name__))
        return cls._from_coprime_ints(*dec.as_integer_ratio())

    @classmethod
    def _from_coprime_ints(cls, numerator, denominator):
        """A Fraction of numerator and denominator as given: they must be coprime and the denominator positive."""
        obj = object.__new__(cls)
        obj._numerator = numerator
        obj._denominator = denominator
        return obj

    def is_integer(self):
        """Whether the Fraction is a whole number."""
        return self._denominator == 1

    def as_integer_ratio(self):
        """(numerator, denominator)."""
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """The Fraction closest to self whose denominator is at most max_denominator (the smaller one of two
        equally close), found with the continued fraction's convergents and best semiconvergent."""
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        # The last convergent p1/q1 against the semiconvergent (p0 + k*p1) / (q0 + k*q1): the first wins a tie.
        if 2 * d * (q0 + k * q1) <= self._denominator:
            return Fraction._from_coprime_ints(p1, q1)
        return Fraction._from_coprime_ints(p0 + k * p1, q0 + k * q1)

    @property
    def numerator(self):
        return self._numerator

    @property
    def denominator(self):
        return self._denominator

    def __repr__(self):
        return '%s(%s, %s)' % (self.__class__.__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    def __format__(self, format_spec, /):
        """str(self) for an empty spec, else the exact value written as a float spec (e, E, f, F, g, G, %) asks,
        rounded half to even."""
        if not format_spec:
            return str(self)
        spec = _FormatSpec(format_spec, type(self).__name__)
        return spec.render(self._numerator, self._denominator)

    # The results of arithmetic on two Fractions are Fractions (not of a subclass), in lowest terms.

    def _add(a, b):
        return Fraction(a._numerator * b._denominator + b._numerator * a._denominator,
                        a._denominator * b._denominator)

    def _sub(a, b):
        return Fraction(a._numerator * b._denominator - b._numerator * a._denominator,
                        a._denominator * b._denominator)

    def _mul(a, b):
        return Fraction(a._numerator * b._numerator, a._denominator * b._denominator)

    def _div(a, b):
        if b._numerator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % b._denominator)
        return Fraction(a._numerator * b._denominator, a._denominator * b._numerator)

    def _floordiv(a, b):
        return (a._numerator * b._denominator) // (a._denominator * b._numerator)

    def _divmod(a, b):
        da, db = a._denominator, b._denominator
        q, r = divmod(a._numerator * db, da * b._numerator)
        return q, Fraction(r, da * db)

    def _mod(a, b):
        da, db = a._denominator, b._denominator
        return Fraction((a._numerator * db) % (b._numerator * da), da * db)

    __add__, __radd__ = _arithmetic(_add, operator.add)
    __sub__, __rsub__ = _arithmetic(_sub, operator.sub)
    __mul__, __rmul__ = _arithmetic(_mul, operator.mul)
    __truediv__, __rtruediv__ = _arithmetic(_div, operator.truediv)
    __floordiv__, __rfloordiv__ = _arithmetic(_floordiv, operator.floordiv)
    __divmod__, __rdivmod__ = _arithmetic(_divmod, divmod)
    __mod__, __rmod__ = _arithmetic(_mod, operator.mod)

    def __pow__(a, b):
        """a ** b: exact for an integral b; a float (or complex) for any other."""
        if isinstance(b, numbers.Rational):
            if b.denominator != 1:
                return float(a) ** float(b)
            power = b.numerator
            if power >= 0:
                return Fraction._from_coprime_ints(a._numerator ** power, a._denominator ** power)
            if a._numerator == 0:
                raise ZeroDivisionError('Fraction(%s, 0)' % a._denominator ** -power)
            # The reciprocal's sign goes to its numerator.
            if a._numerator > 0:
                return Fraction._from_coprime_ints(a._denominator ** -power, a._numerator ** -power)
            return Fraction._from_coprime_ints((-a._denominator) ** -power, (-a._numerator) ** -power)
        if isinstance(b, (float, complex)):
            return float(a) ** b
        return NotImplemented

    def __rpow__(b, a):
        """a ** b for a non-Fraction a."""
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if isinstance(a, numbers.Rational):
            return Fraction(a.numerator, a.denominator) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        return Fraction._from_coprime_ints(a._numerator, a._denominator)

    def __neg__(a):
        return Fraction._from_coprime_ints(-a._numerator, a._denominator)

    def __abs__(a):
        return Fraction._from_coprime_ints(abs(a._numerator), a._denominator)

    def __int__(a, _index=operator.index):
        """int(a): truncated toward zero."""
        if a._numerator < 0:
            return _index(-(-a._numerator // a._denominator))
        return _index(a._numerator // a._denominator)

    def __trunc__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        """round(self): an int, a tie to the even one; round(self, ndigits): a Fraction, likewise rounded."""
        if ndigits is None:
            return _round_half_even(self._numerator, self._denominator)
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __hash__(self):
        """The hash of the equal int or float, if there is one: CPython's numeric hash, n * (1/d) modulo the
        prime 2**61 - 1 (a d that the prime divides has no inverse: such a value hashes as infinity does)."""
        try:
            dinv = pow(self._denominator, -1, _PyHASH_MODULUS)
        except ValueError:
            hash_ = _PyHASH_INF
        else:
            hash_ = hash(hash(abs(self._numerator)) * dinv)
        result = hash_ if self._numerator >= 0 else -hash_
        return -2 if result == -1 else result

    def __eq__(a, b):
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if isinstance(b, numbers.Rational):
            return a._numerator == b.numerator and a._denominator == b.denominator
        if isinstance(b, numbers.Complex) and b.imag == 0:
            b = b.real
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                # Any finite value compares with nan or an infinity as 0.0 does.
                return 0.0 == b
            return a == a.from_float(b)
        return NotImplemented

    def _richcmp(self, other, op):
        """op(self, other) for an ordering op: exactly against a Rational or a finite float."""
        if isinstance(other, numbers.Rational):
            return op(self._numerator * other.denominator, self._denominator * other.numerator)
        if isinstance(other, float):
            if math.isnan(other) or math.isinf(other):
                return op(0.0, other)
            return op(self, self.from_float(other))
        return NotImplemented

    def __lt__(a, b):
        return a._richcmp(b, operator.lt)

    def __gt__(a, b):
        return a._richcmp(b, operator.gt)

    def __le__(a, b):
        return a._richcmp(b, operator.le)

    def __ge__(a, b):
        return a._richcmp(b, operator.ge)

    def __bool__(a):
        return bool(a._numerator)

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) == Fraction:
            return self  # immutable
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)
