"""GilGen's decimal: decimal floating point as the General Decimal Arithmetic specification defines it, behaving as
CPython 3.12's decimal (its C implementation, _decimal over libmpdec): Decimal, Context, the signals and the
per-thread current context.

Written for GilGen from the specification and the documented behaviour of CPython 3.12. A finite Decimal is a sign,
an int coefficient and an int exponent; an operation computes its exact result (or enough digits of it, with a
sticky digit standing for the rest) and _round_to_context rounds it to the context, collecting the conditions it
raises as bits. The operation then hands those bits to its context at once, as libmpdec does, so a trapped
operation raises one exception whose argument lists every trapped condition, e.g. [<class 'decimal.Overflow'>,
<class 'decimal.Inexact'>, <class 'decimal.Rounded'>].
"""

import math
import numbers
import _thread
from collections import namedtuple

__all__ = [
    'Decimal', 'Context', 'DecimalTuple', 'DefaultContext', 'BasicContext', 'ExtendedContext',
    'DecimalException', 'Clamped', 'InvalidOperation', 'DivisionByZero', 'Inexact', 'Rounded', 'Subnormal',
    'Overflow', 'Underflow', 'FloatOperation', 'DivisionImpossible', 'InvalidContext', 'ConversionSyntax',
    'DivisionUndefined', 'ROUND_DOWN', 'ROUND_HALF_UP', 'ROUND_HALF_EVEN', 'ROUND_CEILING', 'ROUND_FLOOR',
    'ROUND_UP', 'ROUND_HALF_DOWN', 'ROUND_05UP', 'setcontext', 'getcontext', 'localcontext',
    'MAX_PREC', 'MAX_EMAX', 'MIN_EMIN', 'MIN_ETINY', 'HAVE_THREADS', 'HAVE_CONTEXTVAR',
]

__version__ = '1.70'
__libmpdec_version__ = '2.5.1'

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'

# The rounding modes in the order CPython's error message lists them.
_ROUNDINGS = (ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,
              ROUND_05UP)

# The limits of a 64-bit build of CPython's _decimal.
MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True

DecimalTuple = namedtuple('DecimalTuple', 'sign digits exponent', module='decimal')


# ---------------------------------------------------------------------------------------------------------------
# Signals and conditions
# ---------------------------------------------------------------------------------------------------------------

class DecimalException(ArithmeticError):
    """The base of decimal's signals."""


class Clamped(DecimalException):
    """An exponent was changed to fit the context's bounds."""


class InvalidOperation(DecimalException):
    """An operation had no meaningful result."""


class ConversionSyntax(InvalidOperation):
    """A string was not a number."""


class DivisionByZero(DecimalException, ZeroDivisionError):
    """A finite nonzero number was divided by zero."""


class DivisionImpossible(InvalidOperation):
    """An integer quotient had more digits than the precision."""


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    """Zero was divided by zero."""


class Inexact(DecimalException):
    """Rounding discarded nonzero digits."""


class InvalidContext(InvalidOperation):
    """A context was invalid."""


class Rounded(DecimalException):
    """Rounding discarded digits (zero or not)."""


class Subnormal(DecimalException):
    """A result's adjusted exponent was below Emin."""


class Overflow(Inexact, Rounded):
    """A result's adjusted exponent was above Emax after rounding."""


class Underflow(Inexact, Rounded, Subnormal):
    """A subnormal result was inexact."""


class FloatOperation(DecimalException, TypeError):
    """A float was mixed with Decimals (construction, or an ordering comparison)."""


# A condition is a bit, as in libmpdec; the four refinements of InvalidOperation are their own bits, all of which
# InvalidOperation's trap and flag cover.
_CLAMPED = 1
_CONVERSION_SYNTAX = 2
_DIVISION_BY_ZERO = 4
_DIVISION_IMPOSSIBLE = 8
_DIVISION_UNDEFINED = 16
_INEXACT = 64
_INVALID_CONTEXT = 128
_INVALID_OPERATION = 256
_OVERFLOW = 2048
_ROUNDED = 4096
_SUBNORMAL = 8192
_UNDERFLOW = 16384
_FLOAT_OPERATION = 32768
_INVALID = _CONVERSION_SYNTAX | _DIVISION_IMPOSSIBLE | _DIVISION_UNDEFINED | _INVALID_CONTEXT | _INVALID_OPERATION

# Each signal's bits, in the order CPython lists a context's signals (SignalDict's keys, and the error message of
# an unknown signal); the first of them trapped names the exception raised.
_SIGNAL_BITS = (
    (InvalidOperation, _INVALID), (FloatOperation, _FLOAT_OPERATION), (DivisionByZero, _DIVISION_BY_ZERO),
    (Overflow, _OVERFLOW), (Underflow, _UNDERFLOW), (Subnormal, _SUBNORMAL), (Inexact, _INEXACT),
    (Rounded, _ROUNDED), (Clamped, _CLAMPED),
)
_BITS_OF_SIGNAL = {}
for _signal, _bits in _SIGNAL_BITS:
    _BITS_OF_SIGNAL[_signal] = _bits

# The order the exception's list names the conditions in: InvalidOperation's own bit and its refinements, then the
# other signals.
_CONDITION_ORDER = (
    (InvalidOperation, _INVALID_OPERATION), (ConversionSyntax, _CONVERSION_SYNTAX),
    (DivisionImpossible, _DIVISION_IMPOSSIBLE), (DivisionUndefined, _DIVISION_UNDEFINED),
    (InvalidContext, _INVALID_CONTEXT),
) + _SIGNAL_BITS[1:]

# The order a context's repr lists its flags and traps in (libmpdec's bit order, one name per signal).
_REPR_ORDER = (
    ('Clamped', _CLAMPED), ('InvalidOperation', _INVALID), ('DivisionByZero', _DIVISION_BY_ZERO),
    ('Inexact', _INEXACT), ('FloatOperation', _FLOAT_OPERATION), ('Overflow', _OVERFLOW), ('Rounded', _ROUNDED),
    ('Subnormal', _SUBNORMAL), ('Underflow', _UNDERFLOW),
)

_SIGNALS_MESSAGE = ("valid values for signals are:\n  [InvalidOperation, FloatOperation, DivisionByZero,\n"
                    "   Overflow, Underflow, Subnormal, Inexact, Rounded,\n   Clamped]")
_ROUNDING_MESSAGE = ("valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n"
                     "   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]")


def _signal_bits(signal):
    """The bits of a signal class, or CPython's KeyError for anything else."""
    try:
        bits = _BITS_OF_SIGNAL.get(signal)
    except TypeError:
        bits = None
    if bits is None:
        raise KeyError(_SIGNALS_MESSAGE)
    return bits


# ---------------------------------------------------------------------------------------------------------------
# Digits and rounding of coefficients
# ---------------------------------------------------------------------------------------------------------------

def _ndigits(c):
    """The number of decimal digits of the coefficient c (zero has one)."""
    return len(str(c))


def _drop_digits(c, n, sign, rounding):
    """c with its n (> 0) last digits dropped and rounded by the mode: (the new coefficient, whether nonzero digits
    were dropped)."""
    if n > 18 and n > _ndigits(c):
        # Every digit goes and they weigh less than half the unit: 1 in 100 rounds the same in every mode.
        c = 0 if c == 0 else 1
        n = 2
    p = 10 ** n
    q, r = divmod(c, p)
    if r == 0:
        return q, False
    if rounding == ROUND_HALF_EVEN:
        twice = 2 * r
        if twice > p or (twice == p and q & 1):
            q += 1
    elif rounding == ROUND_DOWN:
        pass
    elif rounding == ROUND_HALF_UP:
        if 2 * r >= p:
            q += 1
    elif rounding == ROUND_UP:
        q += 1
    elif rounding == ROUND_HALF_DOWN:
        if 2 * r > p:
            q += 1
    elif rounding == ROUND_CEILING:
        if not sign:
            q += 1
    elif rounding == ROUND_FLOOR:
        if sign:
            q += 1
    else:
        # ROUND_05UP: away from zero only when the kept last digit is 0 or 5.
        if q % 5 == 0:
            q += 1
    return q, True


def _overflow_result(sign, ctx, rounding=None):
    """The result of an overflow: infinity, or the largest finite number when the mode rounds toward zero."""
    if rounding is None:
        rounding = ctx._rounding
    if (rounding == ROUND_HALF_UP or rounding == ROUND_HALF_EVEN or rounding == ROUND_HALF_DOWN
            or rounding == ROUND_UP):
        return _INFINITIES[sign]
    if sign == 0:
        if rounding == ROUND_CEILING:
            return _INFINITIES[0]
    else:
        if rounding == ROUND_FLOOR:
            return _INFINITIES[1]
    prec = ctx._prec
    return _finite(sign, 10 ** prec - 1, ctx._Emax - prec + 1)


def _round_to_context(sign, c, e, ctx, rounding=None):
    """The finite number (sign, c, e) rounded to the context's precision and exponent bounds: (the Decimal, the
    condition bits raised)."""
    # Most results fit as they are: fewer digits than the precision and an exponent from Emin to Etop.
    if c < ctx._limit and ctx._Emin <= e <= ctx._top:
        return _finite(sign, c, e), 0
    prec = ctx._prec
    emax = ctx._Emax
    emin = ctx._Emin
    etiny = emin - prec + 1
    if c == 0:
        top = emax if ctx._clamp == 0 else emax - prec + 1
        if e < etiny:
            return _finite(sign, 0, etiny), _CLAMPED
        if e > top:
            return _finite(sign, 0, top), _CLAMPED
        return _finite(sign, 0, e), 0
    n = _ndigits(c)
    adjusted = e + n - 1
    if n <= prec and e >= etiny and adjusted <= emax and adjusted >= emin:
        if ctx._clamp and e > emax - prec + 1:
            top = emax - prec + 1
            return _finite(sign, c * 10 ** (e - top), top), _CLAMPED
        return _finite(sign, c, e), 0
    if adjusted > emax:
        return _overflow_result(sign, ctx, rounding), _OVERFLOW | _INEXACT | _ROUNDED
    status = 0
    subnormal = adjusted < emin
    # The smallest exponent the result may have: its precision's, or Etiny's when it is subnormal.
    lowest = e + n - prec
    if lowest < etiny:
        lowest = etiny
    if e < lowest:
        if rounding is None:
            rounding = ctx._rounding
        c, inexact = _drop_digits(c, lowest - e, sign, rounding)
        e = lowest
        if c >= 10 ** prec:
            c //= 10
            e += 1
        status = _ROUNDED
        if inexact:
            status |= _INEXACT
            if subnormal:
                status |= _UNDERFLOW
        if subnormal:
            status |= _SUBNORMAL
            if c == 0:
                status |= _CLAMPED
        if e + _ndigits(c) - 1 > emax:
            return _overflow_result(sign, ctx, rounding), _OVERFLOW | _INEXACT | _ROUNDED
        if not subnormal or c != 0:
            return _finite(sign, c, e), status
        return _finite(sign, 0, e), status
    if subnormal:
        status = _SUBNORMAL
    if ctx._clamp and e > emax - prec + 1:
        top = emax - prec + 1
        return _finite(sign, c * 10 ** (e - top), top), status | _CLAMPED
    return _finite(sign, c, e), status


# object.__new__ bound once: looking it up on object for each result costs more than the rest of an addition.
_new = object.__new__


def _finite(sign, c, e):
    """A finite Decimal made without checks."""
    d = _new(Decimal)
    d._sign = sign
    d._int = c
    d._exp = e
    d._is_special = False
    return d


def _special(sign, kind, payload=0):
    """A NaN ('n'), signaling NaN ('N') or infinity ('F') made without checks."""
    d = _new(Decimal)
    d._sign = sign
    d._int = payload
    d._exp = kind
    d._is_special = True
    return d


def _fix_nan(d, ctx):
    """A NaN with its payload cut to the digits the context allows (prec, less one when clamping)."""
    if d._int:
        room = ctx._prec - ctx._clamp
        if _ndigits(d._int) > room:
            # libmpdec keeps the payload's last digits.
            return _special(d._sign, d._exp, d._int % 10 ** room if room > 0 else 0)
    return d


def _quiet(d, ctx):
    """The quiet NaN an operation on the NaN d returns."""
    return _fix_nan(_special(d._sign, 'n', d._int), ctx)


def _nan_operands(a, b, ctx):
    """The NaN result of a binary operation with a NaN operand and its condition bits, or None: a signaling NaN
    (the first operand's first) is quieted and invalid; otherwise the first quiet NaN is returned."""
    if a._exp == 'N':
        return _quiet(a, ctx), _INVALID_OPERATION
    if b is not None and b._exp == 'N':
        return _quiet(b, ctx), _INVALID_OPERATION
    if a._exp == 'n':
        return _fix_nan(a, ctx), 0
    if b is not None and b._exp == 'n':
        return _fix_nan(b, ctx), 0
    return None


# ---------------------------------------------------------------------------------------------------------------
# Conversions
# ---------------------------------------------------------------------------------------------------------------

def _parse(text):
    """A Decimal's string form as (sign, coefficient, exponent) or (sign, payload, kind) for a special value, or
    None when it is not a number. Surrounding whitespace goes, underscores anywhere are ignored and any Unicode
    decimal digit counts, as in CPython's C implementation."""
    s = text.strip()
    if '_' in s:
        s = s.replace('_', '')
    if not s.isascii():
        chars = []
        for ch in s:
            if ch.isascii():
                chars.append(ch)
            elif ch.isdecimal():
                chars.append(str(int(ch)))
            else:
                return None
        s = ''.join(chars)
    if not s:
        return None
    sign = 0
    first = s[0]
    if first == '-':
        sign = 1
        s = s[1:]
    elif first == '+':
        s = s[1:]
    low = s.lower()
    if low == 'inf' or low == 'infinity':
        return sign, 0, 'F'
    kind = None
    if low.startswith('nan'):
        kind = 'n'
        digits = s[3:]
    elif low.startswith('snan'):
        kind = 'N'
        digits = s[4:]
    if kind is not None:
        if not digits:
            return sign, 0, kind
        if not digits.isdigit():
            return None
        return sign, int(digits), kind
    exp = 0
    epos = low.find('e')
    if epos >= 0:
        exptext = s[epos + 1:]
        s = s[:epos]
        body = exptext[1:] if exptext[:1] in ('+', '-') else exptext
        if not body or not body.isdigit():
            return None
        exp = int(exptext)
    dot = s.find('.')
    if dot >= 0:
        intpart = s[:dot]
        fracpart = s[dot + 1:]
    else:
        intpart = s
        fracpart = ''
    if not intpart and not fracpart:
        return None
    if intpart and not intpart.isdigit():
        return None
    if fracpart and not fracpart.isdigit():
        return None
    return sign, int(intpart + fracpart), exp - len(fracpart)


def _from_float(f):
    """The Decimal exactly equal to the float f."""
    if f != f:
        # A float NaN's sign is dropped, as CPython's C implementation drops it.
        return _NAN
    sign = 1 if math.copysign(1.0, f) < 0 else 0
    if f == math.inf or f == -math.inf:
        return _INFINITIES[sign]
    n, d = abs(f).as_integer_ratio()
    # d is a power of two, 2**k: n / 2**k == n * 5**k / 10**k.
    k = d.bit_length() - 1
    return _finite(sign, n * 5 ** k, -k)


def _from_tuple(value):
    """A Decimal from (sign, digits, exponent) with CPython's errors."""
    if len(value) != 3:
        raise ValueError('argument must be a sequence of length 3')
    sign, digits, exp = value
    if not isinstance(sign, int) or sign not in (0, 1):
        raise ValueError('sign must be an integer with the value 0 or 1')
    if not isinstance(digits, (tuple, list)):
        raise ValueError('coefficient must be a tuple of digits')
    c = 0
    for digit in digits:
        if not isinstance(digit, int) or digit < 0 or digit > 9:
            raise ValueError('coefficient must be a tuple of digits')
        c = c * 10 + digit
    if isinstance(exp, str):
        if exp == 'F':
            return _special(sign, 'F')
        if exp == 'n' or exp == 'N':
            return _special(sign, exp, c)
        raise ValueError("string argument in the third position must be 'F', 'n' or 'N'")
    if not isinstance(exp, int):
        raise ValueError('exponent must be an integer')
    return _finite(sign, c, int(exp))


def _convert_operand(other, raise_error=False):
    """other as a Decimal when it is a Decimal or an int; otherwise NotImplemented, or CPython's TypeError when
    raise_error (a Context method's operand)."""
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return _from_int(other)
    if raise_error:
        raise TypeError('conversion from %s to Decimal is not supported' % type(other).__name__)
    return NotImplemented


def _from_int(i):
    if i < 0:
        return _finite(1, -i, 0)
    return _finite(0, int(i), 0)


def _context_arg(context):
    """The context an operation uses: the one given, or the current one; anything else is CPython's TypeError."""
    if context is None:
        return getcontext()
    if not isinstance(context, Context):
        raise TypeError('optional argument must be a context')
    return context


# ---------------------------------------------------------------------------------------------------------------
# Decimal
# ---------------------------------------------------------------------------------------------------------------

_PyHASH_MODULUS = 2 ** 61 - 1
_PyHASH_INF = 314159
_PyHASH_10INV = pow(10, _PyHASH_MODULUS - 2, _PyHASH_MODULUS)


class Decimal(object):
    """A decimal floating point number: Decimal(value='0', context=None) from a str, int, float, tuple or Decimal."""

    __slots__ = ('_sign', '_int', '_exp', '_is_special')
    __gilgen_tp_name__ = 'decimal.Decimal'

    def __new__(cls, value='0', context=None):
        if context is not None and not isinstance(context, Context):
            raise TypeError('optional argument must be a context')
        if isinstance(value, Decimal):
            d = value
        elif isinstance(value, int):
            d = _from_int(value)
        elif isinstance(value, str):
            parsed = _parse(value)
            if parsed is None:
                ctx = _context_arg(context)
                ctx._raise(_CONVERSION_SYNTAX)
                d = _special(0, 'n')
            else:
                sign, c, e = parsed
                if isinstance(e, str):
                    d = _special(sign, e, c)
                else:
                    d = _finite(sign, c, e)
        elif isinstance(value, float):
            ctx = _context_arg(context)
            ctx._raise(_FLOAT_OPERATION)
            d = _from_float(value)
        elif isinstance(value, (tuple, list)):
            d = _from_tuple(tuple(value))
        else:
            raise TypeError('conversion from %s to Decimal is not supported' % type(value).__name__)
        if cls is Decimal and type(d) is Decimal and d is not value:
            return d
        obj = object.__new__(cls)
        obj._sign = d._sign
        obj._int = d._int
        obj._exp = d._exp
        obj._is_special = d._is_special
        return obj

    @classmethod
    def from_float(cls, f):
        """The Decimal exactly equal to the float (or int) f."""
        if isinstance(f, int):
            d = _from_int(f)
        elif isinstance(f, float):
            d = _from_float(f)
        else:
            raise TypeError('argument must be int or float')
        if cls is Decimal:
            return d
        return cls(d)

    # -- representation -------------------------------------------------------------------------------------

    def _digits(self):
        return str(self._int)

    def _to_string(self, eng, capitals):
        sign = '-' if self._sign else ''
        if self._is_special:
            kind = self._exp
            if kind == 'F':
                return sign + 'Infinity'
            payload = str(self._int) if self._int else ''
            return sign + ('NaN' if kind == 'n' else 'sNaN') + payload
        digits = str(self._int)
        exp = self._exp
        leftdigits = exp + len(digits)
        if exp <= 0 and leftdigits > -6:
            dotplace = leftdigits
        elif not eng:
            dotplace = 1
        elif self._int == 0:
            dotplace = (leftdigits + 1) % 3 - 1
        else:
            dotplace = (leftdigits - 1) % 3 + 1
        if dotplace <= 0:
            intpart = '0'
            fracpart = '.' + '0' * (-dotplace) + digits
        elif dotplace >= len(digits):
            intpart = digits + '0' * (dotplace - len(digits))
            fracpart = ''
        else:
            intpart = digits[:dotplace]
            fracpart = '.' + digits[dotplace:]
        if leftdigits == dotplace:
            return sign + intpart + fracpart
        return sign + intpart + fracpart + ('E' if capitals else 'e') + '%+d' % (leftdigits - dotplace)

    def __str__(self):
        return self._to_string(False, getcontext()._capitals)

    def __repr__(self):
        return "Decimal('%s')" % self._to_string(False, getcontext()._capitals)

    def to_eng_string(self, context=None):
        """The string form with an exponent that is a multiple of three."""
        return self._to_string(True, _context_arg(context)._capitals)

    def as_tuple(self):
        """DecimalTuple(sign, digits, exponent)."""
        if self._is_special:
            if self._exp == 'F':
                return DecimalTuple(self._sign, (0,), 'F')
            digits = tuple(int(ch) for ch in str(self._int)) if self._int else ()
            return DecimalTuple(self._sign, digits, self._exp)
        return DecimalTuple(self._sign, tuple(int(ch) for ch in str(self._int)), self._exp)

    def as_integer_ratio(self):
        """(numerator, denominator) of the exact value in lowest terms."""
        if self._is_special:
            if self._exp == 'F':
                raise OverflowError('cannot convert Infinity to integer ratio')
            raise ValueError('cannot convert NaN to integer ratio')
        c = self._int
        e = self._exp
        if c == 0:
            return 0, 1
        if e >= 0:
            n, d = c * 10 ** e, 1
        else:
            n, d = c, 10 ** -e
            g = math.gcd(n, d)
            n //= g
            d //= g
        return (-n if self._sign else n), d

    def __format__(self, spec, _localeconv=None):
        return _format_decimal(self, spec, getcontext())

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        if type(self) is Decimal:
            return self
        return self.__class__(self)

    def __deepcopy__(self, memo):
        if type(self) is Decimal:
            return self
        return self.__class__(self)

    # -- predicates ------------------------------------------------------------------------------------------

    def adjusted(self):
        """The exponent of the most significant digit (0 for a special value)."""
        if self._is_special:
            return 0
        return self._exp + _ndigits(self._int) - 1

    def is_finite(self):
        return not self._is_special

    def is_infinite(self):
        return self._exp == 'F'

    def is_nan(self):
        return self._exp == 'n' or self._exp == 'N'

    def is_qnan(self):
        return self._exp == 'n'

    def is_snan(self):
        return self._exp == 'N'

    def is_signed(self):
        return self._sign == 1

    def is_zero(self):
        return not self._is_special and self._int == 0

    def is_canonical(self):
        return True

    def canonical(self):
        return self

    def is_normal(self, context=None):
        ctx = _context_arg(context)
        if self._is_special or self._int == 0:
            return False
        return self.adjusted() >= ctx._Emin

    def is_subnormal(self, context=None):
        ctx = _context_arg(context)
        if self._is_special or self._int == 0:
            return False
        return self.adjusted() < ctx._Emin

    def radix(self):
        return Decimal(10)

    def number_class(self, context=None):
        """One of '-Infinity', '-Normal', '-Subnormal', '-Zero', '+Zero', '+Subnormal', '+Normal', '+Infinity',
        'NaN', 'sNaN'."""
        ctx = _context_arg(context)
        if self._exp == 'n':
            return 'NaN'
        if self._exp == 'N':
            return 'sNaN'
        sign = '-' if self._sign else '+'
        if self._exp == 'F':
            return sign + 'Infinity'
        if self._int == 0:
            return sign + 'Zero'
        if self.adjusted() < ctx._Emin:
            return sign + 'Subnormal'
        return sign + 'Normal'

    # -- conversions to Python numbers ---------------------------------------------------------------------------

    def __bool__(self):
        return self._is_special or self._int != 0

    def _integral(self, rounding):
        """The int the value rounds to by the mode, with CPython's errors for specials."""
        if self._is_special:
            if self._exp == 'F':
                raise OverflowError('cannot convert Infinity to integer')
            raise ValueError('cannot convert NaN to integer')
        c = self._int
        e = self._exp
        if e >= 0:
            n = c * 10 ** e
        else:
            n, _ = _drop_digits(c, -e, self._sign, rounding)
        return -n if self._sign else n

    def __int__(self):
        return self._integral(ROUND_DOWN)

    def __trunc__(self):
        return self._integral(ROUND_DOWN)

    def __floor__(self):
        return self._integral(ROUND_FLOOR)

    def __ceil__(self):
        return self._integral(ROUND_CEILING)

    def __round__(self, n=None):
        if n is None:
            return self._integral(ROUND_HALF_EVEN)
        if not isinstance(n, int):
            raise TypeError('optional arg must be an integer')
        return self.quantize(_finite(0, 1, -n))

    def __float__(self):
        if self._is_special:
            if self._exp == 'N':
                raise ValueError('cannot convert signaling NaN to float')
            if self._exp == 'n':
                return -math.nan if self._sign else math.nan
            return -math.inf if self._sign else math.inf
        return float(self._to_string(False, 1))

    def __complex__(self):
        return complex(float(self))

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def conjugate(self):
        return self

    # -- hashing and comparison ----------------------------------------------------------------------------------

    def __hash__(self):
        if self._is_special:
            if self._exp == 'N':
                raise TypeError('Cannot hash a signaling NaN value')
            if self._exp == 'n':
                return object.__hash__(self)
            return -_PyHASH_INF if self._sign else _PyHASH_INF
        e = self._exp
        if e >= 0:
            scale = pow(10, e, _PyHASH_MODULUS)
        else:
            scale = pow(_PyHASH_10INV, -e, _PyHASH_MODULUS)
        h = self._int * scale % _PyHASH_MODULUS
        if self._sign:
            h = -h
        return -2 if h == -1 else h

    def _compare_with(self, other, equality):
        """(self, other as a Decimal, or a pair (Decimal, denominator) for a Rational) for a comparison, or
        NotImplemented."""
        if isinstance(other, Decimal):
            return other
        if isinstance(other, int):
            return _from_int(other)
        if isinstance(other, float):
            ctx = getcontext()
            if equality:
                ctx._flags |= _FLOAT_OPERATION
            else:
                ctx._raise(_FLOAT_OPERATION)
            return _from_float(other)
        if equality and isinstance(other, complex) and other.imag == 0:
            getcontext()._flags |= _FLOAT_OPERATION
            return _from_float(other.real)
        return NotImplemented

    def _compare_rational(self, other):
        """The comparison of self with a Rational: -1, 0 or 1 (self must not be a NaN)."""
        if self._exp == 'F':
            return -1 if self._sign else 1
        n = other.numerator
        d = other.denominator
        # self * d against n, exactly.
        left = _finite(self._sign, self._int * d, self._exp)
        return _compare_finite(left, _from_int(n))

    def _order(self, other, op):
        """The rich comparison self op other for op in '<', '<=', '>', '>='."""
        if isinstance(other, numbers.Rational) and not isinstance(other, int):
            if self._is_special and self._exp != 'F':
                ctx = getcontext()
                ctx._raise(_INVALID_OPERATION)
                return False
            r = self._compare_rational(other)
        else:
            other = self._compare_with(other, False)
            if other is NotImplemented:
                return NotImplemented
            if (self._is_special and self._exp != 'F') or (other._is_special and other._exp != 'F'):
                getcontext()._raise(_INVALID_OPERATION)
                return False
            r = _compare_numbers(self, other)
        if op == '<':
            return r < 0
        if op == '<=':
            return r <= 0
        if op == '>':
            return r > 0
        return r >= 0

    def __lt__(self, other):
        return self._order(other, '<')

    def __le__(self, other):
        return self._order(other, '<=')

    def __gt__(self, other):
        return self._order(other, '>')

    def __ge__(self, other):
        return self._order(other, '>=')

    def __eq__(self, other):
        if isinstance(other, numbers.Rational) and not isinstance(other, int):
            if self._is_special and self._exp != 'F':
                if self._exp == 'N':
                    getcontext()._raise(_INVALID_OPERATION)
                return False
            return self._compare_rational(other) == 0
        other = self._compare_with(other, True)
        if other is NotImplemented:
            return NotImplemented
        if (self._is_special and self._exp != 'F') or (other._is_special and other._exp != 'F'):
            if self._exp == 'N' or other._exp == 'N':
                getcontext()._raise(_INVALID_OPERATION)
            return False
        return _compare_numbers(self, other) == 0

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    # -- arithmetic --------------------------------------------------------------------------------------------

    def __add__(self, other, context=None):
        if type(other) is not Decimal:
            other = _convert_operand(other)
            if other is NotImplemented:
                return other
        d, status, ctx = _add(self, other, getcontext() if context is None else _context_arg(context), 0)
        if status:
            ctx._raise(status)
        return d

    def __radd__(self, other, context=None):
        other = _convert_operand(other)
        if other is NotImplemented:
            return other
        return _apply(_add(other, self, _context_arg(context), 0))

    def __sub__(self, other, context=None):
        other = _convert_operand(other)
        if other is NotImplemented:
            return other
        return _apply(_add(self, other, _context_arg(context), 1))

    def __rsub__(self, other, context=None):
        other = _convert_operand(other)
        if other is NotImplemented:
            return other
        return _apply(_add(other, self, _context_arg(context), 1))

    def __mul__(self, other, context=None):
        if type(other) is not Decimal:
            other = _convert_operand(other)
            if other is NotImplemented:
                return other
        d, status, ctx = _multiply(self, other, getcontext() if context is None else _context_arg(context))
        if status:
            ctx._raise(status)
        return d

    def __rmul__(self, other, context=None):
        other = _convert_operand(other)
        if other is NotImplemented:
            return other
        return _apply(_multiply(other, self, _context_arg(context)))

    def __truediv__(self, other, context=None):
        other = _convert_operand(other)
        if other is NotImplemented:
            return other
        return _apply(_divide(self, other, _context_arg(context)))

    def __rtruediv__(self, other, context=None):
        other = _convert_operand(other)
        if other is NotImplemented:
            return other
        return _apply(_divide(other, self, _context_arg(context)))

    def __floordiv__(self, other, context=None):
        other = _convert_operand(other)
        if other is NotImplemented:
            return other
        return _apply(_divmod(self, other, _context_arg(context), 0))

    def __rfloordiv__(self, other, context=None):
        other = _convert_operand(other)
        if other is NotImplemented:
            return other
        return _apply(_divmod(other, self, _context_arg(context), 0))

    def __mod__(self, other, context=None):
        other = _convert_operand(other)
        if other is NotImplemented:
            return other
        return _apply(_divmod(self, other, _context_arg(context), 1))

    def __rmod__(self, other, context=None):
        other = _convert_operand(other)
        if other is NotImplemented:
            return other
        return _apply(_divmod(other, self, _context_arg(context), 1))

    def __divmod__(self, other, context=None):
        other = _convert_operand(other)
        if other is NotImplemented:
            return other
        return _apply(_divmod(self, other, _context_arg(context), 2))

    def __rdivmod__(self, other, context=None):
        other = _convert_operand(other)
        if other is NotImplemented:
            return other
        return _apply(_divmod(other, self, _context_arg(context), 2))

    def __pow__(self, other, modulo=None, context=None):
        if modulo is not None:
            return self._power_modulo(other, modulo, context)
        other = _convert_operand(other)
        if other is NotImplemented:
            return other
        return _apply(_power(self, other, _context_arg(context)))

    def __rpow__(self, other, modulo=None, context=None):
        other = _convert_operand(other)
        if other is NotImplemented:
            return other
        if modulo is not None:
            return other._power_modulo(self, modulo, context)
        return _apply(_power(other, self, _context_arg(context)))

    def _power_modulo(self, other, modulo, context):
        """Three-argument pow: (self ** other) % modulo for integers, exactly."""
        ctx = _context_arg(context)
        other = _convert_operand(other)
        modulo = _convert_operand(modulo)
        if other is NotImplemented or modulo is NotImplemented:
            return NotImplemented
        nan = _nan_operands(self, other, ctx)
        if nan is None:
            nan = _nan_operands(modulo, None, ctx)
        if nan is not None:
            return _apply((nan[0], nan[1], ctx))
        if (self._is_special or other._is_special or modulo._is_special or not _is_integer(self)
                or not _is_integer(other) or not _is_integer(modulo) or other._sign or modulo._int == 0
                or (self._int == 0 and other._int == 0) or _ndigits(modulo._int) + modulo._exp > ctx._prec):
            return _apply((_NAN, _INVALID_OPERATION, ctx))
        m = _as_int(modulo)
        result = pow(_as_int(self), _as_int(other), abs(m))
        sign = self._sign if _as_int(other) & 1 else 0
        return _apply(_round_to_context(sign, abs(result) if not sign else result, 0, ctx) + (ctx,))

    def __neg__(self, context=None):
        return self.minus(context)

    def __pos__(self, context=None):
        return self._plus(_context_arg(context))

    def __abs__(self, round=True, context=None):
        if not round:
            return self.copy_abs()
        # A NaN keeps its sign, as libmpdec's abs leaves it.
        if self._exp == 'n' or self._exp == 'N':
            return self._plus(_context_arg(context))
        return self.copy_abs()._plus(_context_arg(context))

    def _plus(self, ctx):
        """0 + self under the context: rounded, with a zero's sign positive except when rounding to floor."""
        if self._is_special:
            nan = _nan_operands(self, None, ctx)
            if nan is not None:
                return _apply(nan + (ctx,))
            return self if type(self) is Decimal else _special(self._sign, self._exp)
        sign = self._sign
        if self._int == 0 and ctx._rounding != ROUND_FLOOR:
            sign = 0
        return _apply(_round_to_context(sign, self._int, self._exp, ctx) + (ctx,))

    def plus(self, context=None):
        return self._plus(_context_arg(context))

    def minus(self, context=None):
        # A NaN keeps its sign, as libmpdec's minus leaves it.
        if self._exp == 'n' or self._exp == 'N':
            return self._plus(_context_arg(context))
        return self.copy_negate()._plus(_context_arg(context))

    # -- sign and exponent operations ---------------------------------------------------------------------------

    def copy_abs(self):
        if self._is_special:
            return _special(0, self._exp, self._int)
        return _finite(0, self._int, self._exp)

    def copy_negate(self):
        if self._is_special:
            return _special(1 - self._sign, self._exp, self._int)
        return _finite(1 - self._sign, self._int, self._exp)

    def copy_sign(self, other, context=None):
        other = _convert_operand(other, True)
        if self._is_special:
            return _special(other._sign, self._exp, self._int)
        return _finite(other._sign, self._int, self._exp)

    def same_quantum(self, other, context=None):
        other = _convert_operand(other, True)
        if self._is_special or other._is_special:
            return (self.is_nan() and other.is_nan()) or (self._exp == 'F' and other._exp == 'F')
        return self._exp == other._exp

    def quantize(self, exp, rounding=None, context=None):
        """self rounded (by the mode, else the context's) to the exponent of exp."""
        ctx = _context_arg(context)
        exp = _convert_operand(exp, True)
        if rounding is not None and rounding not in _ROUNDINGS:
            raise TypeError(_ROUNDING_MESSAGE)
        return _apply(_quantize(self, exp._exp if not exp._is_special else exp, ctx, rounding, exp))

    def _rescaled(self, e, rounding):
        """The finite self with exponent e, rounded by the mode when digits go: (Decimal, inexact)."""
        if self._exp >= e:
            return _finite(self._sign, self._int * 10 ** (self._exp - e), e), False
        c, inexact = _drop_digits(self._int, e - self._exp, self._sign, rounding)
        return _finite(self._sign, c, e), inexact

    def to_integral_value(self, rounding=None, context=None):
        """self rounded to an integer (exponent 0 when it has a negative one), with no Inexact or Rounded."""
        ctx = _context_arg(context)
        if rounding is not None and rounding not in _ROUNDINGS:
            raise TypeError(_ROUNDING_MESSAGE)
        if self._is_special:
            nan = _nan_operands(self, None, ctx)
            if nan is not None:
                return _apply(nan + (ctx,))
            return self
        if self._exp >= 0:
            return self
        d, _ = self._rescaled(0, rounding or ctx._rounding)
        return d

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        """self rounded to an integer, signaling Inexact and Rounded when digits go."""
        ctx = _context_arg(context)
        if rounding is not None and rounding not in _ROUNDINGS:
            raise TypeError(_ROUNDING_MESSAGE)
        if self._is_special:
            nan = _nan_operands(self, None, ctx)
            if nan is not None:
                return _apply(nan + (ctx,))
            return self
        if self._exp >= 0:
            return self
        if self._int == 0:
            return _finite(self._sign, 0, 0)
        d, inexact = self._rescaled(0, rounding or ctx._rounding)
        status = _ROUNDED | (_INEXACT if inexact else 0)
        return _apply((d, status, ctx))

    def normalize(self, context=None):
        """self rounded to the context with its trailing zeros stripped (zero is 0 with its sign)."""
        ctx = _context_arg(context)
        if self._is_special:
            nan = _nan_operands(self, None, ctx)
            if nan is not None:
                return _apply(nan + (ctx,))
            return self
        d, status = _round_to_context(self._sign, self._int, self._exp, ctx)
        if d._is_special:
            return _apply((d, status, ctx))
        if d._int == 0:
            return _apply((_finite(d._sign, 0, 0), status, ctx))
        c = d._int
        e = d._exp
        top = ctx._Emax if ctx._clamp == 0 else ctx._Emax - ctx._prec + 1
        while c % 10 == 0 and e < top:
            c //= 10
            e += 1
        return _apply((_finite(d._sign, c, e), status, ctx))

    def scaleb(self, other, context=None):
        """self with other (an integer) added to its exponent, rounded to the context."""
        ctx = _context_arg(context)
        other = _convert_operand(other, True)
        nan = _nan_operands(self, other, ctx)
        if nan is not None:
            return _apply(nan + (ctx,))
        if other._is_special or other._exp != 0 or not _is_integer(other):
            return _apply((_NAN, _INVALID_OPERATION, ctx))
        n = _as_int(other)
        limit = 2 * (ctx._Emax + ctx._prec)
        if n > limit or n < -limit:
            return _apply((_NAN, _INVALID_OPERATION, ctx))
        if self._exp == 'F':
            return self
        return _apply(_round_to_context(self._sign, self._int, self._exp + n, ctx) + (ctx,))

    def fma(self, other, third, context=None):
        """self * other + third with a single rounding."""
        ctx = _context_arg(context)
        other = _convert_operand(other, True)
        third = _convert_operand(third, True)
        if self._is_special or other._is_special:
            nan = _nan_operands(self, other, ctx)
            if nan is not None:
                if third._exp == 'N' and nan[1] == 0:
                    return _apply((_quiet(third, ctx), _INVALID_OPERATION, ctx))
                return _apply(nan + (ctx,))
            if (self._exp == 'F' and other._int == 0 and not other._is_special) or (
                    other._exp == 'F' and self._int == 0 and not self._is_special):
                return _apply((_NAN, _INVALID_OPERATION, ctx))
            product = _INFINITIES[self._sign ^ other._sign]
        else:
            product = _finite(self._sign ^ other._sign, self._int * other._int, self._exp + other._exp)
        return _apply(_add(product, third, ctx, 0))

    # -- comparisons as operations ---------------------------------------------------------------------------

    def compare(self, other, context=None):
        """Decimal(-1), Decimal(0) or Decimal(1); NaN when either is a NaN."""
        ctx = _context_arg(context)
        other = _convert_operand(other, True)
        nan = _nan_operands(self, other, ctx)
        if nan is not None:
            return _apply(nan + (ctx,))
        return _ONES[_compare_numbers(self, other)]

    def compare_signal(self, other, context=None):
        """compare(), with a quiet NaN invalid too."""
        ctx = _context_arg(context)
        other = _convert_operand(other, True)
        nan = _nan_operands(self, other, ctx)
        if nan is not None:
            return _apply((nan[0], _INVALID_OPERATION, ctx))
        return _ONES[_compare_numbers(self, other)]

    def compare_total(self, other, context=None):
        """The total order of the specification: -NaN < -sNaN < -Inf < ... < Inf < sNaN < NaN, with exponents."""
        other = _convert_operand(other, True)
        return _ONES[_total_order(self, other)]

    def compare_total_mag(self, other, context=None):
        other = _convert_operand(other, True)
        return _ONES[_total_order(self.copy_abs(), other.copy_abs())]

    def _minmax(self, other, ctx, want_max, magnitude):
        other = _convert_operand(other, True)
        if self._is_special or other._is_special:
            # One quiet NaN loses to a number; signaling NaNs are invalid.
            if self._exp == 'N' or other._exp == 'N':
                return _apply(_nan_operands(self, other, ctx) + (ctx,))
            if self._exp == 'n' and other._exp != 'n':
                return _apply(_round_to_context_any(other, ctx))
            if other._exp == 'n' and self._exp != 'n':
                return _apply(_round_to_context_any(self, ctx))
            if self._exp == 'n':
                return _apply(_nan_operands(self, other, ctx) + (ctx,))
        a, b = (self.copy_abs(), other.copy_abs()) if magnitude else (self, other)
        r = _compare_numbers(a, b)
        if r == 0 and magnitude:
            r = _compare_numbers(self, other)
        if r == 0:
            r = _total_order(self, other)
        pick = self if (r > 0) == want_max else other
        if r == 0:
            pick = self
        return _apply(_round_to_context_any(pick, ctx))

    def max(self, other, context=None):
        return self._minmax(other, _context_arg(context), True, False)

    def min(self, other, context=None):
        return self._minmax(other, _context_arg(context), False, False)

    def max_mag(self, other, context=None):
        return self._minmax(other, _context_arg(context), True, True)

    def min_mag(self, other, context=None):
        return self._minmax(other, _context_arg(context), False, True)

    # -- functions ---------------------------------------------------------------------------------------------

    def sqrt(self, context=None):
        """The square root, correctly rounded (half even, as libmpdec)."""
        return _apply(_sqrt(self, _context_arg(context)))

    def exp(self, context=None):
        """e ** self, correctly rounded (half even, as libmpdec)."""
        return _apply(_exp(self, _context_arg(context)))

    def ln(self, context=None):
        """The natural logarithm, correctly rounded (half even, as libmpdec)."""
        return _apply(_log(self, _context_arg(context), False))

    def log10(self, context=None):
        """The base-10 logarithm, correctly rounded (half even, as libmpdec)."""
        return _apply(_log(self, _context_arg(context), True))

    def logb(self, context=None):
        """The adjusted exponent as a Decimal."""
        ctx = _context_arg(context)
        nan = _nan_operands(self, None, ctx)
        if nan is not None:
            return _apply(nan + (ctx,))
        if self._exp == 'F':
            return _INFINITIES[0]
        if self._int == 0:
            return _apply((_INFINITIES[1], _DIVISION_BY_ZERO, ctx))
        return _apply(_round_to_context_any(_from_int(self.adjusted()), ctx))

    def remainder_near(self, other, context=None):
        """self - other * n where n is the integer nearest self / other (the even one on a tie)."""
        ctx = _context_arg(context)
        other = _convert_operand(other, True)
        return _apply(_remainder_near(self, other, ctx))

    def next_plus(self, context=None):
        ctx = _context_arg(context)
        return _apply(_next(self, ctx, 1))

    def next_minus(self, context=None):
        ctx = _context_arg(context)
        return _apply(_next(self, ctx, -1))

    def next_toward(self, other, context=None):
        ctx = _context_arg(context)
        other = _convert_operand(other, True)
        nan = _nan_operands(self, other, ctx)
        if nan is not None:
            return _apply(nan + (ctx,))
        r = _compare_numbers(self, other)
        if r == 0:
            return self.copy_sign(other)
        d, status, c = _next(self, ctx, -1 if r > 0 else 1)
        if d._is_special:
            if d._exp == 'F':
                status |= _OVERFLOW | _INEXACT | _ROUNDED
        elif d.adjusted() < ctx._Emin:
            status |= _UNDERFLOW | _SUBNORMAL | _INEXACT | _ROUNDED
            if d._int == 0:
                status |= _CLAMPED
        return _apply((d, status, c))

    def logical_and(self, other, context=None):
        return _logical(self, other, _context_arg(context), lambda x, y: x & y)

    def logical_or(self, other, context=None):
        return _logical(self, other, _context_arg(context), lambda x, y: x | y)

    def logical_xor(self, other, context=None):
        return _logical(self, other, _context_arg(context), lambda x, y: x ^ y)

    def logical_invert(self, context=None):
        ctx = _context_arg(context)
        return _logical(self, _finite(0, int('1' * ctx._prec), 0), ctx, lambda x, y: x ^ y)

    def shift(self, other, context=None):
        """The coefficient shifted by other digits (positive to the left), kept to prec digits."""
        ctx = _context_arg(context)
        return _apply(_shift_rotate(self, _convert_operand(other, True), ctx, False))

    def rotate(self, other, context=None):
        """The coefficient (as prec digits) rotated by other digits (positive to the left)."""
        ctx = _context_arg(context)
        return _apply(_shift_rotate(self, _convert_operand(other, True), ctx, True))


numbers.Number.register(Decimal)

_NAN = _special(0, 'n')
_INFINITIES = (_special(0, 'F'), _special(1, 'F'))
_ONES = {-1: _finite(1, 1, 0), 0: _finite(0, 0, 0), 1: _finite(0, 1, 0)}


def _apply(result):
    """The Decimal of (Decimal, condition bits, context), after the context has recorded the conditions (and
    raised when one is trapped)."""
    d, status, ctx = result
    if status:
        ctx._raise(status)
    return d


def _round_to_context_any(d, ctx):
    """(d rounded to the context, bits, ctx), for a result that may be special."""
    if d._is_special:
        if d._exp == 'F':
            return d, 0, ctx
        return _fix_nan(d, ctx), 0, ctx
    return _round_to_context(d._sign, d._int, d._exp, ctx) + (ctx,)


def _is_integer(d):
    if d._is_special:
        return False
    if d._exp >= 0 or d._int == 0:
        return True
    return d._int % 10 ** (-d._exp) == 0


def _as_int(d):
    """The int of an integral finite Decimal."""
    if d._exp >= 0:
        n = d._int * 10 ** d._exp
    else:
        n = d._int // 10 ** (-d._exp)
    return -n if d._sign else n


def _compare_finite(a, b):
    """-1, 0 or 1 for two finite Decimals."""
    if a._int == 0:
        if b._int == 0:
            return 0
        return 1 if b._sign else -1
    if b._int == 0:
        return -1 if a._sign else 1
    if a._sign != b._sign:
        return -1 if a._sign else 1
    adj_a = a._exp + _ndigits(a._int)
    adj_b = b._exp + _ndigits(b._int)
    if adj_a != adj_b:
        r = 1 if adj_a > adj_b else -1
    else:
        ea = a._exp
        eb = b._exp
        if ea >= eb:
            x, y = a._int * 10 ** (ea - eb), b._int
        else:
            x, y = a._int, b._int * 10 ** (eb - ea)
        r = 0 if x == y else (1 if x > y else -1)
    return -r if a._sign else r


def _compare_numbers(a, b):
    """-1, 0 or 1 for two Decimals that are numbers (finite or infinite)."""
    if a._is_special or b._is_special:
        va = (-1 if a._sign else 1) if a._exp == 'F' else 0
        vb = (-1 if b._sign else 1) if b._exp == 'F' else 0
        if va == vb:
            if va != 0:
                return 0
        else:
            if va == 0 and vb == 0:
                pass
            elif va != 0 and vb != 0:
                return -1 if va < vb else 1
            elif va != 0:
                return va
            else:
                return -vb
    return _compare_finite(a, b)


def _total_order(a, b):
    """The specification's compare-total: -1, 0 or 1."""
    if a._sign != b._sign:
        return -1 if a._sign else 1
    rank = {'n': 3, 'N': 2, 'F': 1}

    def class_of(d):
        return rank[d._exp] if d._is_special else 0

    ka = class_of(a)
    kb = class_of(b)
    if ka != kb:
        r = 1 if ka > kb else -1
    elif ka >= 2:
        r = 0 if a._int == b._int else (1 if a._int > b._int else -1)
    elif ka == 1:
        r = 0
    else:
        r = _compare_finite(_finite(0, a._int, a._exp), _finite(0, b._int, b._exp))
        if r == 0:
            r = 0 if a._exp == b._exp else (1 if a._exp > b._exp else -1)
    return -r if a._sign else r


# ---------------------------------------------------------------------------------------------------------------
# Operations: each returns (Decimal, condition bits, context)
# ---------------------------------------------------------------------------------------------------------------

def _add(a, b, ctx, negate_b):
    """a + b (a - b when negate_b)."""
    bsign = b._sign ^ negate_b
    if a._is_special or b._is_special:
        nan = _nan_operands(a, b, ctx)
        if nan is not None:
            return nan + (ctx,)
        if a._exp == 'F':
            if b._exp == 'F' and a._sign != bsign:
                return _NAN, _INVALID_OPERATION, ctx
            return _INFINITIES[a._sign], 0, ctx
        return _INFINITIES[bsign], 0, ctx
    ea = a._exp
    eb = b._exp
    ca = a._int
    cb = b._int
    exp = ea if ea < eb else eb
    if ca == 0 or cb == 0:
        if ca == 0 and cb == 0:
            if a._sign == bsign:
                sign = a._sign
            else:
                sign = 1 if ctx._rounding == ROUND_FLOOR else 0
            return _round_to_context(sign, 0, exp, ctx) + (ctx,)
        if ca == 0:
            # 0 + b: b at an exponent no larger than a's, the zero's, when it keeps within the precision.
            return _add_zero(bsign, cb, eb, ea, ctx) + (ctx,)
        return _add_zero(a._sign, ca, ea, eb, ctx) + (ctx,)
    prec = ctx._prec
    # Exponents far apart: the smaller operand only decides rounding, so it becomes a sticky digit below the
    # larger one's last kept digit (keeps 10 ** gap from growing without bound).
    if ea != eb:
        if ea > eb:
            if ea - eb > prec + 3:
                limit = min(ea, ea + _ndigits(ca) - prec) - 3
                if eb + _ndigits(cb) < limit:
                    cb = 1
                    eb = limit
                    exp = eb
        else:
            if eb - ea > prec + 3:
                limit = min(eb, eb + _ndigits(cb) - prec) - 3
                if ea + _ndigits(ca) < limit:
                    ca = 1
                    ea = limit
                    exp = ea
        if ea > exp:
            ca *= 10 ** (ea - exp)
        if eb > exp:
            cb *= 10 ** (eb - exp)
    if a._sign == bsign:
        c = ca + cb
        # The usual result needs no rounding: made here, saving _round_to_context's call and tuple.
        if c < ctx._limit and ctx._Emin <= exp <= ctx._top:
            d = _new(Decimal)
            d._sign = bsign
            d._int = c
            d._exp = exp
            d._is_special = False
            return d, 0, ctx
        return _round_to_context(bsign, c, exp, ctx) + (ctx,)
    diff = ca - cb
    if diff == 0:
        return _round_to_context(1 if ctx._rounding == ROUND_FLOOR else 0, 0, exp, ctx) + (ctx,)
    if diff > 0:
        return _round_to_context(a._sign, diff, exp, ctx) + (ctx,)
    return _round_to_context(bsign, -diff, exp, ctx) + (ctx,)


def _add_zero(sign, c, e, zero_exp, ctx):
    """A nonzero (sign, c, e) plus a zero of exponent zero_exp: the exponent is the smaller one's, as long as the
    coefficient stays within the precision."""
    status = 0
    if zero_exp < e:
        room = ctx._prec - _ndigits(c)
        shift = e - zero_exp
        if shift > room:
            # The exact sum's trailing zeros past the precision are rounded away, as libmpdec signals.
            shift = room if room > 0 else 0
            status = _ROUNDED
        c = c * 10 ** shift
        e = e - shift
    d, st = _round_to_context(sign, c, e, ctx)
    return d, st | status


def _multiply(a, b, ctx):
    sign = a._sign ^ b._sign
    if a._is_special or b._is_special:
        nan = _nan_operands(a, b, ctx)
        if nan is not None:
            return nan + (ctx,)
        if (a._exp == 'F' and not b._is_special and b._int == 0) or (
                b._exp == 'F' and not a._is_special and a._int == 0):
            return _NAN, _INVALID_OPERATION, ctx
        return _INFINITIES[sign], 0, ctx
    c = a._int * b._int
    e = a._exp + b._exp
    # The usual result needs no rounding: made here, saving _round_to_context's call and tuple.
    if c < ctx._limit and ctx._Emin <= e <= ctx._top:
        d = _new(Decimal)
        d._sign = sign
        d._int = c
        d._exp = e
        d._is_special = False
        return d, 0, ctx
    return _round_to_context(sign, c, e, ctx) + (ctx,)


def _divide(a, b, ctx):
    sign = a._sign ^ b._sign
    if a._is_special or b._is_special:
        nan = _nan_operands(a, b, ctx)
        if nan is not None:
            return nan + (ctx,)
        if a._exp == 'F':
            if b._exp == 'F':
                return _NAN, _INVALID_OPERATION, ctx
            return _INFINITIES[sign], 0, ctx
        # finite / infinity: a zero at the smallest exponent.
        return _finite(sign, 0, ctx._Emin - ctx._prec + 1), _CLAMPED, ctx
    if b._int == 0:
        if a._int == 0:
            return _NAN, _DIVISION_UNDEFINED, ctx
        return _INFINITIES[sign], _DIVISION_BY_ZERO, ctx
    ideal = a._exp - b._exp
    if a._int == 0:
        return _round_to_context(sign, 0, ideal, ctx) + (ctx,)
    prec = ctx._prec
    # Enough digits for prec + 1 of the quotient; a nonzero remainder becomes a sticky last digit.
    shift = _ndigits(b._int) - _ndigits(a._int) + prec + 1
    exp = ideal - shift
    if shift >= 0:
        q, r = divmod(a._int * 10 ** shift, b._int)
    else:
        q, r = divmod(a._int, b._int * 10 ** (-shift))
    if r:
        if q % 5 == 0:
            q += 1
    else:
        while exp < ideal and q % 10 == 0:
            q //= 10
            exp += 1
    return _round_to_context(sign, q, exp, ctx) + (ctx,)


def _divmod(a, b, ctx, which):
    """a // b (which 0), a % b (1) or divmod(a, b) (2), the integer quotient truncated toward zero."""
    sign = a._sign ^ b._sign
    if a._is_special or b._is_special:
        nan = _nan_operands(a, b, ctx)
        if nan is not None:
            d, st = nan
            return ((d, d) if which == 2 else d), st, ctx
        if a._exp == 'F':
            if b._exp == 'F' or which == 1:
                return ((_NAN, _NAN) if which == 2 else _NAN), _INVALID_OPERATION, ctx
            if which == 0:
                return _INFINITIES[sign], 0, ctx
            return (_INFINITIES[sign], _NAN), _INVALID_OPERATION, ctx
        # finite by infinity: quotient 0, remainder a.
        q = _finite(sign, 0, 0)
        qst = 0
        if which == 0:
            return q, qst, ctx
        r, st = _round_to_context(a._sign, a._int, a._exp, ctx)
        if which == 2:
            return (q, r), st | qst, ctx
        return r, st, ctx
    if b._int == 0:
        if which == 1 or a._int == 0:
            bits = _DIVISION_UNDEFINED if a._int == 0 else _INVALID_OPERATION
            return ((_NAN, _NAN) if which == 2 else _NAN), bits, ctx
        if which == 0:
            return _INFINITIES[sign], _DIVISION_BY_ZERO, ctx
        return (_INFINITIES[sign], _NAN), _DIVISION_BY_ZERO | _INVALID_OPERATION, ctx
    ideal = a._exp if a._exp < b._exp else b._exp
    prec = ctx._prec
    adj_diff = (a._exp + _ndigits(a._int)) - (b._exp + _ndigits(b._int))
    if a._int == 0 or adj_diff <= -2:
        q = 0
        rc = a._int
        re = a._exp
        if re > ideal:
            rc *= 10 ** (re - ideal)
            re = ideal
    elif adj_diff <= prec + 1:
        ca = a._int
        cb = b._int
        if a._exp >= b._exp:
            ca *= 10 ** (a._exp - b._exp)
        else:
            cb *= 10 ** (b._exp - a._exp)
        q, rc = divmod(ca, cb)
        re = ideal
        if q >= 10 ** prec:
            return ((_NAN, _NAN) if which == 2 else _NAN), _DIVISION_IMPOSSIBLE, ctx
    else:
        return ((_NAN, _NAN) if which == 2 else _NAN), _DIVISION_IMPOSSIBLE, ctx
    if which == 0:
        return _round_to_context(sign, q, 0, ctx) + (ctx,)
    r, st = _round_to_context(a._sign, rc, re, ctx)
    if which == 1:
        return r, st, ctx
    quotient, qst = _round_to_context(sign, q, 0, ctx)
    return (quotient, r), st | qst, ctx


def _remainder_near(a, b, ctx):
    if a._is_special or b._is_special:
        nan = _nan_operands(a, b, ctx)
        if nan is not None:
            return nan + (ctx,)
        if a._exp == 'F':
            return _NAN, _INVALID_OPERATION, ctx
        return _round_to_context(a._sign, a._int, a._exp, ctx) + (ctx,)
    if b._int == 0:
        return _NAN, (_DIVISION_UNDEFINED if a._int == 0 else _INVALID_OPERATION), ctx
    ideal = a._exp if a._exp < b._exp else b._exp
    if a._int == 0:
        return _round_to_context(a._sign, 0, ideal, ctx) + (ctx,)
    adj_diff = (a._exp + _ndigits(a._int)) - (b._exp + _ndigits(b._int))
    if adj_diff > ctx._prec + 1:
        return _NAN, _DIVISION_IMPOSSIBLE, ctx
    ca = a._int
    cb = b._int
    if a._exp >= b._exp:
        ca *= 10 ** (a._exp - b._exp)
    else:
        cb *= 10 ** (b._exp - a._exp)
    q, r = divmod(ca, cb)
    if 2 * r + (q & 1) > cb:
        r -= cb
        q += 1
    if q >= 10 ** ctx._prec:
        return _NAN, _DIVISION_IMPOSSIBLE, ctx
    sign = a._sign
    if r < 0:
        sign = 1 - sign
        r = -r
    return _round_to_context(sign, r, ideal, ctx) + (ctx,)


def _quantize(a, exp, ctx, rounding, b):
    """a with the exponent exp (b's), rounded by the mode or the context's."""
    if a._is_special or b._is_special:
        nan = _nan_operands(a, b, ctx)
        if nan is not None:
            return nan + (ctx,)
        if a._exp == 'F' and b._exp == 'F':
            return _INFINITIES[a._sign], 0, ctx
        return _NAN, _INVALID_OPERATION, ctx
    prec = ctx._prec
    if exp > ctx._Emax or exp < ctx._Emin - prec + 1:
        return _NAN, _INVALID_OPERATION, ctx
    if a._int == 0:
        return _folded(_finite(a._sign, 0, exp), 0, ctx)
    if a.adjusted() - exp + 1 > prec:
        return _NAN, _INVALID_OPERATION, ctx
    d, inexact = a._rescaled(exp, rounding or ctx._rounding)
    if d._int != 0 and d.adjusted() > ctx._Emax:
        return _NAN, _INVALID_OPERATION, ctx
    if _ndigits(d._int) > prec:
        return _NAN, _INVALID_OPERATION, ctx
    status = 0
    if d._int != 0 and d.adjusted() < ctx._Emin:
        status |= _SUBNORMAL
    if exp > a._exp:
        status |= _ROUNDED
        if inexact:
            status |= _INEXACT
            if status & _SUBNORMAL:
                status |= _UNDERFLOW
    return _folded(d, status, ctx)


def _folded(d, status, ctx):
    """(d, status, ctx) with a finite d's exponent brought down to Etop, its coefficient padded with zeros, when
    the context clamps."""
    if ctx._clamp:
        top = ctx._Emax - ctx._prec + 1
        if d._exp > top:
            return _finite(d._sign, d._int * 10 ** (d._exp - top), top), status | _CLAMPED, ctx
    return d, status, ctx


def _next(a, ctx, direction):
    """The next representable number above (direction 1) or below (-1) a, in the context."""
    if a._is_special:
        nan = _nan_operands(a, None, ctx)
        if nan is not None:
            return nan + (ctx,)
        if (a._sign == 0) == (direction > 0):
            return a, 0, ctx
        prec = ctx._prec
        return _finite(a._sign, 10 ** prec - 1, ctx._Emax - prec + 1), 0, ctx
    prec = ctx._prec
    if a._int == 0:
        return _finite(0 if direction > 0 else 1, 1, ctx._Emin - prec + 1), 0, ctx
    # a nudged by less than a unit of its last place, then rounded toward the direction.
    low = min(a._exp, a._exp + _ndigits(a._int) - prec) - 2
    v = a._int * 10 ** (a._exp - low)
    if a._sign:
        v = -v
    v += direction
    sign = 1 if v < 0 else 0
    d, st = _round_to_context(sign, -v if sign else v, low, ctx, ROUND_CEILING if direction > 0 else ROUND_FLOOR)
    return d, 0, ctx


def _logical(a, b, ctx, op):
    b = _convert_operand(b, True)

    def digits_of(d):
        if d._is_special or d._sign or d._exp != 0:
            return None
        s = str(d._int)
        if s.strip('01'):
            return None
        return s
    sa = digits_of(a)
    sb = digits_of(b)
    if sa is None or sb is None:
        return _apply((_NAN, _INVALID_OPERATION, ctx))
    prec = ctx._prec
    x = int(sa[-prec:], 2)
    y = int(sb[-prec:], 2)
    return _finite(0, int(bin(op(x, y) & ((1 << prec) - 1))[2:]), 0)


def _shift_rotate(a, n, ctx, rotate):
    nan = _nan_operands(a, n, ctx)
    if nan is not None:
        return nan + (ctx,)
    prec = ctx._prec
    if n._is_special or not _is_integer(n) or n._exp != 0:
        return _NAN, _INVALID_OPERATION, ctx
    k = _as_int(n)
    if k < -prec or k > prec:
        return _NAN, _INVALID_OPERATION, ctx
    if a._exp == 'F':
        return a, 0, ctx
    digits = str(a._int).rjust(prec, '0')[-prec:]
    if rotate:
        k %= prec
        digits = digits[k:] + digits[:k]
    elif k >= 0:
        digits = (digits + '0' * k)[-prec:]
    else:
        digits = ('0' * -k + digits)[:prec]
    return _finite(a._sign, int(digits), a._exp), 0, ctx


def _power(a, b, ctx):
    """a ** b, rounded as libmpdec rounds it."""
    if a._is_special or b._is_special:
        nan = _nan_operands(a, b, ctx)
        if nan is not None:
            return nan + (ctx,)
    b_integral = _is_integer(b) if not b._is_special else False
    # The sign: negative only for a negative base and an odd integer exponent.
    sign = 0
    if a._sign and b_integral and _as_int(b) & 1:
        sign = 1
    if not a._is_special and a._int == 0:
        if b._is_special:
            if b._sign:
                return _INFINITIES[sign], 0, ctx
            return _finite(sign, 0, 0), 0, ctx
        if b._int == 0:
            return _NAN, _INVALID_OPERATION, ctx
        if a._sign and not b_integral:
            return _NAN, _INVALID_OPERATION, ctx
        if b._sign:
            return _INFINITIES[sign], 0, ctx
        return _finite(sign, 0, 0), 0, ctx
    if a._sign and not b_integral and not (b._is_special or (b._int == 0)):
        return _NAN, _INVALID_OPERATION, ctx
    if a._exp == 'F':
        if b._exp == 'F':
            if a._sign:
                return _NAN, _INVALID_OPERATION, ctx
            return (_INFINITIES[0] if not b._sign else _finite(0, 0, 0)), 0, ctx
        if b._int == 0:
            return _finite(0, 1, 0), 0, ctx
        if b._sign:
            return _finite(sign, 0, 0), 0, ctx
        return _INFINITIES[sign], 0, ctx
    if b._exp == 'F':
        if a._sign:
            return _NAN, _INVALID_OPERATION, ctx
        r = _compare_finite(_finite(0, a._int, a._exp), _finite(0, 1, 0))
        if r == 0:
            prec = ctx._prec
            return _finite(0, 10 ** (prec - 1), 1 - prec), _INEXACT | _ROUNDED, ctx
        if (r > 0) != bool(b._sign):
            return _INFINITIES[0], 0, ctx
        return _finite(0, 0, 0), 0, ctx
    if b._int == 0:
        return _finite(0, 1, 0), 0, ctx
    if a._int == 1 * 10 ** (_ndigits(a._int) - 1) and a._exp == 1 - _ndigits(a._int):
        # A power of one or minus one (1, 1.0, -1.00...): a one whose zeros the exponent multiplies, up to the
        # precision.
        prec = ctx._prec
        if b_integral:
            n = _as_int(b)
            if n < 0:
                return _finite(sign, 1, 0), 0, ctx
            shift = n * -a._exp
            status = 0
            if shift > prec - 1:
                shift = prec - 1
                status = _ROUNDED
        else:
            shift = prec - 1
            status = _INEXACT | _ROUNDED
        d, st = _round_to_context(sign, 10 ** shift, -shift, ctx)
        return d, status | st, ctx
    bound = _power_out_of_range(a, b, sign, ctx)
    if bound is not None:
        return bound
    if not b_integral:
        return _power_real(a, b, ctx)
    return _power_integral(a, _as_int(b), b, sign, ctx)


# libmpdec's exponent standing for infinity: a result rounded from 1E+_EXP_INF overflows in any context.
_EXP_INF = 2000000000000000001


def _power_out_of_range(a, b, sign, ctx):
    """The result of a ** b when bounds on log10(|log10 |a||) + log10(|b|) show it overflows or underflows,
    as libmpdec tests before computing (its result then comes from 1E+inf or 1E(Etiny-1), rounded to the
    context); else None."""
    t = a.adjusted()
    if t > 0:
        zeta = _ndigits(t) - 1
    elif t < -1:
        zeta = _ndigits(-(t + 1)) - 1
    else:
        # 0.1 <= |a| < 10: the magnitude of |a| - 1 bounds log10(|a|) from below.
        distance = _add(_finite(0, a._int, a._exp), _ONES[-1], _UNBOUNDED, 0)[0]
        zeta = distance.adjusted() - (2 if t == 0 else 1)
    theta = b.adjusted()
    if (t < 0) == bool(b._sign):
        if _ndigits(ctx._Emax) < zeta + theta:
            d, st = _round_to_context(sign, 1, _EXP_INF, ctx)
            return d, st, ctx
    else:
        etiny = ctx._Emin - ctx._prec + 1
        if _ndigits(-etiny) < zeta + theta:
            d, st = _round_to_context(sign, 1, etiny - 1, ctx)
            return d, st, ctx
    return None


def _power_real(a, b, ctx):
    """a ** b for a positive a and a non-integral b, as libmpdec computes it: exp(b * ln(a)) with ln, the product
    and exp each rounded half even to max(digits of a, prec) + 23 digits in an unbounded context, then rounded to
    the context (so, like CPython's, not always correctly rounded)."""
    wp = max(_ndigits(a._int), ctx._prec) + 4 + 19
    work = Context(prec=wp, rounding=ROUND_HALF_EVEN, Emin=MIN_EMIN, Emax=MAX_EMAX, capitals=1, clamp=0,
                   traps=[])
    log_a, _, _ = _log(a, work, False)
    product, _, _ = _multiply(log_a, b, work)
    result, status, _ = _exp(product, work)
    status |= _INEXACT | _ROUNDED
    prec = ctx._prec
    if result._is_special:
        # An infinite result: a finite number far above the range, so the context's rounding decides.
        d, st = _round_to_context(0, 1, ctx._Emax + prec + 10, ctx)
        return d, status | st, ctx
    if _compare_finite(result, _ONES[1]) == 0:
        d, st = _round_to_context(0, 10 ** (prec - 1), 1 - prec, ctx)
        return d, status | st, ctx
    d, st = _round_to_context(0, result._int, result._exp, ctx)
    return d, status | st, ctx


def _power_integral(a, n, b, sign, ctx):
    """a ** n for an integer n, as libmpdec computes it: left-to-right squaring and multiplying at the context's
    precision plus the exponent's digits plus 2 (half even), 1 / a first for a negative n, then one rounding to the
    context."""
    prec = ctx._prec
    work = Context(prec=prec + _ndigits(b._int) + b._exp + 2 + (1 if n < 0 else 0), rounding=ROUND_HALF_EVEN,
                   Emin=ctx._Emin, Emax=ctx._Emax, clamp=0, traps=[])
    status = 0
    base = _finite(0, a._int, a._exp)
    if n < 0:
        base, st, _ = _divide(_finite(0, 1, 0), base, work)
        status |= st
        n = -n
    result = base
    bit = 1 << (n.bit_length() - 1)
    bit >>= 1
    while bit:
        result, st, _ = _multiply(result, result, work)
        status |= st
        if n & bit:
            result, st, _ = _multiply(result, base, work)
            status |= st
        if result._is_special or (result._int == 0 and status & _CLAMPED):
            break
        bit >>= 1
    if result._is_special:
        # An infinite intermediate: a finite number far above the range, so the context's rounding decides.
        d, st = _round_to_context(sign, 1, ctx._Emax + prec + 10, ctx)
        return d, status | st, ctx
    d, st = _round_to_context(sign, result._int, result._exp, ctx)
    return d, status | st, ctx


# ---------------------------------------------------------------------------------------------------------------
# Square root and the transcendental functions, correctly rounded (half even) as libmpdec's are
# ---------------------------------------------------------------------------------------------------------------

def _half_even_context(ctx):
    """A copy of the context rounding half even, which libmpdec's sqrt, exp, ln and log10 always use."""
    if ctx._rounding == ROUND_HALF_EVEN:
        return ctx
    work = ctx.copy()
    work._rounding = ROUND_HALF_EVEN
    return work


def _sqrt(a, ctx):
    if a._is_special:
        nan = _nan_operands(a, None, ctx)
        if nan is not None:
            return nan + (ctx,)
        if a._sign:
            return _NAN, _INVALID_OPERATION, ctx
        return a, 0, ctx
    ideal = a._exp // 2
    if a._int == 0:
        return _round_to_context(a._sign, 0, ideal, ctx) + (ctx,)
    if a._sign:
        return _NAN, _INVALID_OPERATION, ctx
    prec = ctx._prec
    c = a._int
    e = a._exp
    if e & 1:
        c *= 10
        e -= 1
    # Scale by an even power of ten so the root has at least prec + 1 digits.
    need = 2 * (prec + 1) - _ndigits(c)
    k = (need + 1) // 2 if need > 0 else 0
    c *= 10 ** (2 * k)
    root = math.isqrt(c)
    exp = e // 2 - k
    if root * root != c:
        if root % 5 == 0:
            root += 1
    else:
        while exp < ideal and root % 10 == 0:
            root //= 10
            exp += 1
    work = _half_even_context(ctx)
    d, st = _round_to_context(0, root, exp, work)
    return d, st, ctx


# Fixed point arithmetic: a value v is the int round(v * 10 ** w) for a working number of digits w.

def _fixed_exp(x, w):
    """exp(x / 10**w) * 10**w for 0 <= x / 10**w < 3, within a few units."""
    guard = 10
    scale = 10 ** (w + guard)
    x = x * 10 ** guard
    # Halve the argument s times, sum the series, then square s times.
    s = 8
    y = x >> s
    term = scale
    total = scale
    i = 1
    while term:
        term = term * y // (scale * i)
        total += term
        i += 1
    for _ in range(s):
        total = total * total // scale
    return total // 10 ** guard


def _fixed_ln(c, e, w):
    """ln(c * 10**e) * 10**w for c > 0, within a few units."""
    guard = 12
    wg = w + guard
    scale = 10 ** wg
    # c * 10**e = m * 10**k with 1 <= m < 10.
    n = _ndigits(c)
    k = e + n - 1
    m = c * scale // 10 ** (n - 1) if n - 1 <= wg else c // 10 ** (n - 1 - wg)
    return (_fixed_ln_small(m, scale) + k * _fixed_ln10(wg)) // 10 ** guard


def _fixed_ln_small(m, scale):
    """ln(m / scale) * scale for 1 <= m / scale <= 10."""
    # Take square roots until m is near 1, then ln m = 2 atanh((m - 1) / (m + 1)).
    r = 6
    for _ in range(r):
        m = math.isqrt(m * scale)
    z = (m - scale) * scale // (m + scale)
    z2 = z * z // scale
    total = z
    power = z
    i = 3
    while power:
        power = power * z2 // scale
        total += power // i
        i += 2
    return (2 * total) << r


_LN10_CACHE = {}


def _fixed_ln10(w):
    """ln(10) * 10**w."""
    cached = _LN10_CACHE.get(w)
    if cached is None:
        guard = 10
        scale = 10 ** (w + guard)
        cached = _fixed_ln_small(10 * scale, scale) // 10 ** guard
        _LN10_CACHE[w] = cached
    return cached


def _correctly_rounded(sign, approx, w, ctx):
    """The value approx / 10**w (within 3 units of the true, irrational value) rounded half even to the context,
    or None when the digits do not decide the rounding."""
    approx = abs(approx)
    n = _ndigits(approx)
    prec = ctx._prec
    etiny = ctx._Emin - prec + 1
    exp = -w + n - prec
    if exp < etiny:
        exp = etiny
    drop = exp + w
    if drop < 3:
        return None
    p = 10 ** drop
    tail = approx % p
    half = p // 2
    if tail <= 3 or tail >= p - 3 or abs(tail - half) <= 3:
        return None
    return _round_to_context(sign, approx, -w, _half_even_context(ctx))


def _exp(a, ctx):
    if a._is_special:
        nan = _nan_operands(a, None, ctx)
        if nan is not None:
            return nan + (ctx,)
        if a._sign:
            return _finite(0, 0, 0), 0, ctx
        return a, 0, ctx
    if a._int == 0:
        return _finite(0, 1, 0), 0, ctx
    prec = ctx._prec
    adj = a.adjusted()
    work = _half_even_context(ctx)
    if adj < -(prec + 3):
        # exp(x) = 1 + x within less than a unit far below the last digit: 1 nudged toward x.
        scale = prec + 4
        c = 10 ** scale + (-1 if a._sign else 1)
        d, st = _round_to_context(0, c, -scale, work)
        return d, st | _INEXACT | _ROUNDED, ctx
    # Results beyond the exponent range: a number far above or below it, rounded by the context.
    limit = (ctx._Emax + 2) * 2.302585092994046 + 2
    low = (ctx._Emin - prec - 2) * 2.302585092994046 - 2
    if adj > 19:
        big = True
    else:
        big = False
        value = float(a)
    if big or value > limit:
        if a._sign:
            d, st = _round_to_context(0, 1, ctx._Emin - prec - 5, work)
            return d, st | _INEXACT | _ROUNDED, ctx
        d, st = _round_to_context(0, 1, ctx._Emax + 10, work)
        return d, st, ctx
    if value < low:
        d, st = _round_to_context(0, 1, ctx._Emin - prec - 5, work)
        return d, st | _INEXACT | _ROUNDED, ctx
    w = prec + 10
    while True:
        # x = k ln 10 + r with 0 <= r < ln 10: exp(x) = exp(r) * 10**k.
        extra = len(str(abs(int(value)))) + 5
        wx = w + extra
        ln10 = _fixed_ln10(wx)
        x = a._int * 10 ** (a._exp + wx) if a._exp + wx >= 0 else a._int // 10 ** (-(a._exp + wx))
        if a._sign:
            x = -x
        k = x // ln10
        r = x - k * ln10
        approx = _fixed_exp(r, wx) // 10 ** extra
        result = _correctly_rounded(0, approx, w - k, ctx)
        if result is not None:
            return result[0], result[1] | _INEXACT | _ROUNDED, ctx
        w += w // 2 + 10


def _log(a, ctx, base10):
    if a._is_special:
        nan = _nan_operands(a, None, ctx)
        if nan is not None:
            return nan + (ctx,)
        if a._sign:
            return _NAN, _INVALID_OPERATION, ctx
        return a, 0, ctx
    if a._int == 0:
        return _INFINITIES[1], 0, ctx
    if a._sign:
        return _NAN, _INVALID_OPERATION, ctx
    c = a._int
    e = a._exp
    # Exact results: ln(1) = 0, log10(10**k) = k.
    if base10:
        stripped = c
        while stripped % 10 == 0:
            stripped //= 10
            e += 1
        if stripped == 1:
            d, st = _round_to_context(1 if e < 0 else 0, abs(e), 0, _half_even_context(ctx))
            return d, st, ctx
        e = a._exp
    elif c == 10 ** (_ndigits(c) - 1) and e == 1 - _ndigits(c):
        return _finite(0, 0, 0), 0, ctx
    prec = ctx._prec
    w = prec + 10
    while True:
        approx = _fixed_ln(c, e, w)
        if base10:
            approx = approx * 10 ** w // _fixed_ln10(w)
        if _ndigits(abs(approx)) < prec + 4:
            # The logarithm is small (a near 1): more working digits for the same significant ones.
            w += prec + 4 - _ndigits(abs(approx)) + 10
            continue
        result = _correctly_rounded(1 if approx < 0 else 0, approx, w, ctx)
        if result is not None:
            return result[0], result[1] | _INEXACT | _ROUNDED, ctx
        w += w // 2 + 10


# ---------------------------------------------------------------------------------------------------------------
# Formatting
# ---------------------------------------------------------------------------------------------------------------

def _parse_spec(spec):
    """[[fill]align][sign][z][0][width][,][.precision][type] as a dict; ValueError('invalid format string')
    otherwise."""
    i = 0
    n = len(spec)
    fill = None
    align = None
    if n >= 2 and spec[1] in '<>=^':
        fill = spec[0]
        align = spec[1]
        i = 2
    elif n >= 1 and spec[0] in '<>=^':
        align = spec[0]
        i = 1
    sign = '-'
    if i < n and spec[i] in '+- ':
        sign = spec[i]
        i += 1
    no_neg_zero = False
    if i < n and spec[i] == 'z':
        no_neg_zero = True
        i += 1
    # CPython 3.12's C implementation (libmpdec's format parser) knows neither '#' nor '_' grouping.
    alt = False
    zero = False
    if i < n and spec[i] == '0':
        zero = True
        i += 1
    start = i
    while i < n and spec[i].isdigit():
        i += 1
    width = int(spec[start:i]) if i > start else 0
    grouping = ''
    if i < n and spec[i] == ',':
        grouping = spec[i]
        i += 1
    precision = None
    if i < n and spec[i] == '.':
        i += 1
        start = i
        while i < n and spec[i].isdigit():
            i += 1
        if i == start:
            raise ValueError('invalid format string')
        precision = int(spec[start:i])
    kind = None
    if i < n:
        kind = spec[i]
        i += 1
    if i != n or (kind is not None and kind not in 'eEfFgGn%'):
        raise ValueError('invalid format string')
    if kind == 'n' and grouping:
        raise ValueError('invalid format string')
    if zero:
        # libmpdec takes the '0' flag only without an alignment.
        if align is not None:
            raise ValueError('invalid format string')
        if fill is None:
            fill = '0'
        if align is None:
            align = '='
    if fill is None:
        fill = ' '
    if align is None:
        align = '>'
    if precision == 0 and kind in (None, 'g', 'G', 'n'):
        precision = 1
    return {'fill': fill, 'align': align, 'sign': sign, 'no_neg_zero': no_neg_zero, 'alt': alt, 'width': width,
            'grouping': grouping, 'precision': precision, 'type': kind, 'zero': zero}


def _group(digits, sep, min_width):
    """digits with sep between groups of three, zero padded to at least min_width characters when min_width."""
    while True:
        groups = []
        end = len(digits)
        while end > 3:
            groups.append(digits[end - 3:end])
            end -= 3
        groups.append(digits[:end])
        text = sep.join(reversed(groups))
        if len(text) >= min_width:
            return text
        digits = '0' + digits


def _format_decimal(d, spec_text, ctx):
    spec = _parse_spec(spec_text)
    kind = spec['type']
    sign = d._sign
    if d._is_special:
        body = d.copy_abs()._to_string(False, 1)
        if kind == '%':
            body += '%'
        if spec['zero']:
            # No zero padding for an infinity or a NaN: spaces on the left, as libmpdec pads them.
            spec['fill'] = ' '
            spec['align'] = '>'
        return _align(_sign_text(sign, spec), body, spec, False)
    # 'z' makes a negative zero positive: one before rounding, or one rounded to zero by a lowercase 'e', 'f' or
    # '%' with a precision (CPython 3.12's C implementation checks only those).
    clear_sign = spec['no_neg_zero'] and (d._int == 0 or (spec['precision'] is not None and kind in ('e', 'f', '%')))
    if kind is None:
        kind = 'G' if ctx._capitals else 'g'
    if kind == 'n':
        kind = 'g'
    c = d._int
    e = d._exp
    if kind == '%':
        e += 2
    rounding = ctx._rounding
    precision = spec['precision']
    x = _finite(sign, c, e)
    if precision is not None:
        if kind in 'eE':
            if c != 0:
                n = _ndigits(c)
                x, _ = x._rescaled(e + n - (precision + 1), rounding)
                if _ndigits(x._int) > precision + 1:
                    x = _finite(sign, x._int // 10, x._exp + 1)
        elif kind in 'fF%':
            x, _ = x._rescaled(-precision, rounding)
        elif _ndigits(c) > precision:
            n = _ndigits(c)
            x, _ = x._rescaled(e + n - precision, rounding)
            if _ndigits(x._int) > precision:
                x = _finite(sign, x._int // 10, x._exp + 1)
    if x._int == 0 and x._exp > 0 and kind in 'fF%':
        x = _finite(sign, 0, 0)
    if x._int == 0 and clear_sign:
        sign = 0
    digits = str(x._int)
    exp = x._exp
    leftdigits = exp + len(digits)
    if kind in 'eE':
        if x._int == 0 and precision is not None:
            dotplace = 1 - precision
        else:
            dotplace = 1
    elif kind in 'fF%':
        dotplace = leftdigits
    else:
        if exp <= 0 and leftdigits > -6:
            dotplace = leftdigits
        else:
            dotplace = 1
    if dotplace < 0:
        intpart = '0'
        fracpart = '0' * (-dotplace) + digits
    elif dotplace > len(digits):
        intpart = digits + '0' * (dotplace - len(digits))
        fracpart = ''
    else:
        intpart = digits[:dotplace] or '0'
        fracpart = digits[dotplace:]
    exponent = leftdigits - dotplace
    if fracpart or spec['alt']:
        fracpart = '.' + fracpart
    if exponent != 0 or kind in 'eE':
        echar = 'E' if kind in 'EG' else 'e'
        if kind in 'gG' or kind in 'eE':
            fracpart += '%s%+d' % (echar, exponent)
    if kind == '%':
        fracpart += '%'
    sign_text = _sign_text(sign, spec)
    if spec['grouping']:
        min_width = 0
        if spec['zero'] and spec['align'] == '=' and spec['fill'] == '0':
            min_width = spec['width'] - len(sign_text) - len(fracpart)
        intpart = _group(intpart, spec['grouping'], min_width)
    return _align(sign_text, intpart + fracpart, spec, True)


def _sign_text(sign, spec):
    if sign:
        return '-'
    if spec['sign'] == '+':
        return '+'
    if spec['sign'] == ' ':
        return ' '
    return ''


def _align(sign_text, body, spec, numeric):
    width = spec['width']
    fill = spec['fill']
    pad = width - len(sign_text) - len(body)
    if pad <= 0:
        return sign_text + body
    align = spec['align']
    if align == '<':
        return sign_text + body + fill * pad
    if align == '>':
        return fill * pad + sign_text + body
    if align == '=':
        return sign_text + fill * pad + body
    half = pad // 2
    return fill * half + sign_text + body + fill * (pad - half)


# ---------------------------------------------------------------------------------------------------------------
# Context
# ---------------------------------------------------------------------------------------------------------------

class _SignalDict(object):
    """A context's flags or traps: a mapping from each signal class to a bool, a view of the context's bits."""

    __slots__ = ('_context', '_traps')

    def __init__(self, context, traps):
        self._context = context
        self._traps = traps

    def _bits(self):
        return self._context._traps if self._traps else self._context._flags

    def __getitem__(self, signal):
        return bool(self._bits() & _signal_bits(signal))

    def __setitem__(self, signal, value):
        bits = _signal_bits(signal)
        current = self._bits()
        current = (current | bits) if value else (current & ~bits)
        if self._traps:
            self._context._traps = current
        else:
            self._context._flags = current

    def __delitem__(self, signal):
        raise ValueError('signal keys cannot be deleted')

    def __iter__(self):
        return iter([s for s, _ in _SIGNAL_BITS])

    def __len__(self):
        return len(_SIGNAL_BITS)

    def __contains__(self, signal):
        return signal in _BITS_OF_SIGNAL

    def keys(self):
        return [s for s, _ in _SIGNAL_BITS]

    def values(self):
        bits = self._bits()
        return [bool(bits & b) for _, b in _SIGNAL_BITS]

    def items(self):
        bits = self._bits()
        return [(s, bool(bits & b)) for s, b in _SIGNAL_BITS]

    def get(self, signal, default=None):
        if signal in _BITS_OF_SIGNAL:
            return self[signal]
        return default

    def copy(self):
        return dict(self.items())

    def __eq__(self, other):
        if isinstance(other, _SignalDict):
            return self._bits() == other._bits()
        if isinstance(other, dict):
            return dict(self.items()) == other
        return NotImplemented

    def __repr__(self):
        bits = self._bits()
        return '{' + ', '.join('%r:%s' % (s, bool(bits & b)) for s, b in _SIGNAL_BITS) + '}'


def _bits_of_signals(value):
    """The bits of flags or traps given as a list of signals or a dict of every signal to a bool."""
    if isinstance(value, _SignalDict):
        return value._bits()
    if isinstance(value, dict):
        if len(value) != len(_SIGNAL_BITS):
            raise KeyError('invalid signal dict')
        bits = 0
        for signal, on in value.items():
            if signal not in _BITS_OF_SIGNAL:
                raise KeyError('invalid signal dict')
            if on:
                bits |= _BITS_OF_SIGNAL[signal]
        return bits
    bits = 0
    for signal in value:
        bits |= _signal_bits(signal)
    return bits


class Context(object):
    """The environment of decimal operations: precision, rounding, exponent bounds, flags and traps."""

    # _limit (10 ** prec) and _top (Etop) are kept for _round_to_context's quick test.
    __slots__ = ('_prec', '_rounding', '_Emin', '_Emax', '_capitals', '_clamp', '_flags', '_traps', '_allcr',
                 '_limit', '_top')
    __gilgen_tp_name__ = 'decimal.Context'

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None, clamp=None, flags=None,
                 traps=None):
        template = DefaultContext if _default_made else None
        if template is not None:
            self._prec = template._prec
            self._rounding = template._rounding
            self._Emin = template._Emin
            self._Emax = template._Emax
            self._capitals = template._capitals
            self._clamp = template._clamp
            self._traps = template._traps
        else:
            self._prec = 28
            self._rounding = ROUND_HALF_EVEN
            self._Emin = -999999
            self._Emax = 999999
            self._capitals = 1
            self._clamp = 0
            self._traps = _INVALID | _DIVISION_BY_ZERO | _OVERFLOW
        self._flags = 0
        self._allcr = 1
        self._bounds_changed()
        if prec is not None:
            self.prec = prec
        if rounding is not None:
            self.rounding = rounding
        if Emin is not None:
            self.Emin = Emin
        if Emax is not None:
            self.Emax = Emax
        if capitals is not None:
            self.capitals = capitals
        if clamp is not None:
            self.clamp = clamp
        if traps is not None:
            self._traps = _bits_of_signals(traps)
        if flags is not None:
            self._flags = _bits_of_signals(flags)

    def _bounds_changed(self):
        # A coefficient below 10 ** min(prec, 4000) fits (capped so a huge precision costs no huge power).
        self._limit = 10 ** min(self._prec, 4000)
        self._top = self._Emax - self._prec + 1

    @property
    def prec(self):
        return self._prec

    @prec.setter
    def prec(self, value):
        value = _int_attribute(value)
        if value < 1 or value > MAX_PREC:
            raise ValueError('valid range for prec is [1, MAX_PREC]')
        self._prec = value
        self._bounds_changed()

    @property
    def rounding(self):
        return self._rounding

    @rounding.setter
    def rounding(self, value):
        if not isinstance(value, str) or value not in _ROUNDINGS:
            raise TypeError(_ROUNDING_MESSAGE)
        self._rounding = _ROUNDINGS[_ROUNDINGS.index(value)]

    @property
    def Emin(self):
        return self._Emin

    @Emin.setter
    def Emin(self, value):
        value = _int_attribute(value)
        if value > 0 or value < MIN_EMIN:
            raise ValueError('valid range for Emin is [MIN_EMIN, 0]')
        self._Emin = value
        self._bounds_changed()

    @property
    def Emax(self):
        return self._Emax

    @Emax.setter
    def Emax(self, value):
        value = _int_attribute(value)
        if value < 0 or value > MAX_EMAX:
            raise ValueError('valid range for Emax is [0, MAX_EMAX]')
        self._Emax = value
        self._bounds_changed()

    @property
    def capitals(self):
        return self._capitals

    @capitals.setter
    def capitals(self, value):
        value = _int_attribute(value)
        if value != 0 and value != 1:
            raise ValueError('valid values for capitals are 0 or 1')
        self._capitals = value

    @property
    def clamp(self):
        return self._clamp

    @clamp.setter
    def clamp(self, value):
        value = _int_attribute(value)
        if value != 0 and value != 1:
            raise ValueError('valid values for clamp are 0 or 1')
        self._clamp = value

    @property
    def flags(self):
        return _SignalDict(self, False)

    @flags.setter
    def flags(self, value):
        self._flags = _bits_of_signals(value)

    @property
    def traps(self):
        return _SignalDict(self, True)

    @traps.setter
    def traps(self, value):
        self._traps = _bits_of_signals(value)

    def _raise(self, status):
        """Records the condition bits as flags; raises the first trapped signal with the list of the trapped
        conditions, as CPython's C implementation does."""
        self._flags |= status
        trapped = status & self._traps
        if trapped:
            exception = None
            for signal, bits in _SIGNAL_BITS:
                if trapped & bits:
                    exception = signal
                    break
            conditions = [cls for cls, bits in _CONDITION_ORDER if trapped & bits]
            raise exception(conditions)

    def __repr__(self):
        def names(bits):
            return '[' + ', '.join(name for name, b in _REPR_ORDER if bits & b) + ']'
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, flags=%s, traps=%s)'
                % (self._prec, self._rounding, self._Emin, self._Emax, self._capitals, self._clamp,
                   names(self._flags), names(self._traps)))

    def __reduce__(self):
        flags = [s for s, b in _SIGNAL_BITS if self._flags & b]
        traps = [s for s, b in _SIGNAL_BITS if self._traps & b]
        return (self.__class__, (self._prec, self._rounding, self._Emin, self._Emax, self._capitals, self._clamp,
                                 flags, traps))

    def copy(self):
        """A new context with the same settings, flags and traps."""
        c = object.__new__(Context)
        c._prec = self._prec
        c._rounding = self._rounding
        c._Emin = self._Emin
        c._Emax = self._Emax
        c._capitals = self._capitals
        c._clamp = self._clamp
        c._flags = self._flags
        c._traps = self._traps
        c._allcr = self._allcr
        c._limit = self._limit
        c._top = self._top
        return c

    __copy__ = copy

    def clear_flags(self):
        self._flags = 0

    def clear_traps(self):
        self._traps = 0

    def Etiny(self):
        return self._Emin - self._prec + 1

    def Etop(self):
        return self._Emax - self._prec + 1

    def create_decimal(self, num='0'):
        """num as a Decimal rounded to this context (a NaN's payload cut to fit)."""
        if isinstance(num, str) and (num != num.strip() or '_' in num):
            self._raise(_CONVERSION_SYNTAX)
            return _NAN
        d = Decimal(num, self)
        if d._is_special:
            if d._exp == 'F':
                return d
            if d._int and _ndigits(d._int) > self._prec - self._clamp:
                return _apply((_special(d._sign, d._exp), _CONVERSION_SYNTAX, self))
            return d
        return _apply(_round_to_context(d._sign, d._int, d._exp, self) + (self,))

    def create_decimal_from_float(self, f):
        """The float f (or an int) exactly as a Decimal, then rounded to this context."""
        if isinstance(f, int):
            d = _from_int(f)
        elif isinstance(f, float):
            d = _from_float(f)
        else:
            raise TypeError('argument must be int or float')
        if d._is_special:
            return d
        return _apply(_round_to_context(d._sign, d._int, d._exp, self) + (self,))

    # The specification's operations with this context.

    def _convert(self, a):
        return _convert_operand(a, True)

    def abs(self, a):
        return self._convert(a).__abs__(context=self)

    def add(self, a, b):
        return _apply(_add(self._convert(a), self._convert(b), self, 0))

    def subtract(self, a, b):
        return _apply(_add(self._convert(a), self._convert(b), self, 1))

    def multiply(self, a, b):
        return _apply(_multiply(self._convert(a), self._convert(b), self))

    def divide(self, a, b):
        return _apply(_divide(self._convert(a), self._convert(b), self))

    def divide_int(self, a, b):
        return _apply(_divmod(self._convert(a), self._convert(b), self, 0))

    def remainder(self, a, b):
        return _apply(_divmod(self._convert(a), self._convert(b), self, 1))

    def divmod(self, a, b):
        return _apply(_divmod(self._convert(a), self._convert(b), self, 2))

    def remainder_near(self, a, b):
        return self._convert(a).remainder_near(b, self)

    def power(self, a, b, modulo=None):
        a = self._convert(a)
        if modulo is not None:
            return a._power_modulo(self._convert(b), self._convert(modulo), self)
        return _apply(_power(a, self._convert(b), self))

    def plus(self, a):
        return self._convert(a)._plus(self)

    def minus(self, a):
        return self._convert(a).minus(self)

    def canonical(self, a):
        if not isinstance(a, Decimal):
            raise TypeError('argument must be a Decimal')
        return a

    def compare(self, a, b):
        return self._convert(a).compare(b, self)

    def compare_signal(self, a, b):
        return self._convert(a).compare_signal(b, self)

    def compare_total(self, a, b):
        return self._convert(a).compare_total(b)

    def compare_total_mag(self, a, b):
        return self._convert(a).compare_total_mag(b)

    def copy_abs(self, a):
        return self._convert(a).copy_abs()

    def copy_decimal(self, a):
        return Decimal(self._convert(a))

    def copy_negate(self, a):
        return self._convert(a).copy_negate()

    def copy_sign(self, a, b):
        return self._convert(a).copy_sign(b)

    def exp(self, a):
        return self._convert(a).exp(self)

    def fma(self, a, b, c):
        return self._convert(a).fma(b, c, self)

    def is_canonical(self, a):
        if not isinstance(a, Decimal):
            raise TypeError('argument must be a Decimal')
        return True

    def is_finite(self, a):
        return self._convert(a).is_finite()

    def is_infinite(self, a):
        return self._convert(a).is_infinite()

    def is_nan(self, a):
        return self._convert(a).is_nan()

    def is_normal(self, a):
        return self._convert(a).is_normal(self)

    def is_qnan(self, a):
        return self._convert(a).is_qnan()

    def is_signed(self, a):
        return self._convert(a).is_signed()

    def is_snan(self, a):
        return self._convert(a).is_snan()

    def is_subnormal(self, a):
        return self._convert(a).is_subnormal(self)

    def is_zero(self, a):
        return self._convert(a).is_zero()

    def ln(self, a):
        return self._convert(a).ln(self)

    def log10(self, a):
        return self._convert(a).log10(self)

    def logb(self, a):
        return self._convert(a).logb(self)

    def logical_and(self, a, b):
        return self._convert(a).logical_and(b, self)

    def logical_invert(self, a):
        return self._convert(a).logical_invert(self)

    def logical_or(self, a, b):
        return self._convert(a).logical_or(b, self)

    def logical_xor(self, a, b):
        return self._convert(a).logical_xor(b, self)

    def max(self, a, b):
        return self._convert(a).max(b, self)

    def max_mag(self, a, b):
        return self._convert(a).max_mag(b, self)

    def min(self, a, b):
        return self._convert(a).min(b, self)

    def min_mag(self, a, b):
        return self._convert(a).min_mag(b, self)

    def next_minus(self, a):
        return self._convert(a).next_minus(self)

    def next_plus(self, a):
        return self._convert(a).next_plus(self)

    def next_toward(self, a, b):
        return self._convert(a).next_toward(b, self)

    def normalize(self, a):
        return self._convert(a).normalize(self)

    def number_class(self, a):
        return self._convert(a).number_class(self)

    def quantize(self, a, b):
        return self._convert(a).quantize(b, context=self)

    def radix(self):
        return Decimal(10)

    def rotate(self, a, b):
        return self._convert(a).rotate(b, self)

    def same_quantum(self, a, b):
        return self._convert(a).same_quantum(b)

    def scaleb(self, a, b):
        return self._convert(a).scaleb(b, self)

    def shift(self, a, b):
        return self._convert(a).shift(b, self)

    def sqrt(self, a):
        return self._convert(a).sqrt(self)

    def to_eng_string(self, a):
        return self._convert(a).to_eng_string(self)

    def to_sci_string(self, a):
        return self._convert(a)._to_string(False, self._capitals)

    def to_integral_exact(self, a):
        return self._convert(a).to_integral_exact(context=self)

    def to_integral_value(self, a):
        return self._convert(a).to_integral_value(context=self)

    to_integral = to_integral_value


def _int_attribute(value):
    if not isinstance(value, int):
        raise TypeError('an integer is required')
    return int(value)


_default_made = False
# An exact context for internal differences (libmpdec's maximum context).
_UNBOUNDED = Context(prec=MAX_PREC, Emin=MIN_EMIN, Emax=MAX_EMAX, traps=[])
DefaultContext = Context()
_default_made = True
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP,
                       traps=[Clamped, InvalidOperation, DivisionByZero, Overflow, Underflow])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[])

# The current context of each thread.
_local = _thread._local()


def getcontext():
    """The current thread's context (a copy of DefaultContext made on the thread's first use)."""
    try:
        return _local.context
    except AttributeError:
        ctx = DefaultContext.copy()
        ctx._flags = 0
        _local.context = ctx
        return ctx


def setcontext(context):
    """Makes context the current thread's (a copy of it when it is one of the module's three templates)."""
    if not isinstance(context, Context):
        raise TypeError('argument must be a context')
    if context is DefaultContext or context is BasicContext or context is ExtendedContext:
        context = context.copy()
        context._flags = 0
    _local.context = context


_LOCALCONTEXT_KEYWORDS = ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp', 'flags', 'traps')


class _ContextManager(object):
    """localcontext()'s manager: makes a copy of the context current inside the with block."""

    __gilgen_tp_name__ = 'decimal.ContextManager'

    def __init__(self, new_context):
        self.new_context = new_context
        self.saved_context = None

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, t, v, tb):
        setcontext(self.saved_context)


def localcontext(ctx=None, **kwargs):
    """A context manager making a copy of ctx (or of the current context), with the attributes given as keywords,
    the current context inside its with block."""
    if ctx is None:
        ctx = getcontext()
    elif not isinstance(ctx, Context):
        raise TypeError('optional argument must be a context')
    new = ctx.copy()
    for key, value in kwargs.items():
        if key not in _LOCALCONTEXT_KEYWORDS:
            raise TypeError("'%s' is an invalid keyword argument for this function" % key)
        setattr(new, key, value)
    return _ContextManager(new)
