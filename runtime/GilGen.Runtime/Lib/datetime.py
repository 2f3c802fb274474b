"""GilGen's datetime: dates, times, durations and fixed-offset time zones, as CPython 3.12's datetime behaves.

Written for GilGen from the documented behaviour of CPython's C implementation (_datetime): its reprs (which name
the classes 'datetime.date'...), its argument and range errors, its rounding. It uses the `time` module for the
local time zone (localtime, mktime-free conversions as CPython's) and for strftime.

Not here (NotImplementedError naming it): pickling (__reduce__).
"""

import math as _math
import operator as _operator
import time as _time

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo", "MINYEAR", "MAXYEAR", "UTC")

MINYEAR = 1
MAXYEAR = 9999

_MAX_ORDINAL = 3652059          # date.max.toordinal()
_US_PER_SECOND = 1000000
_US_PER_DAY = 86400000000
_SECONDS_PER_DAY = 86400
_MAX_DELTA_DAYS = 999999999
_INT_MAX = 2147483647
_INT_MIN = -2147483648
_EPOCH_ORDINAL = 719163         # date(1970, 1, 1).toordinal()
_MAX_FOLD_SECONDS = 24 * 3600

_DAYS_IN_MONTH = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAYS_BEFORE_MONTH = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
_DAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTH_NAMES = ("", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


class _Missing:
    pass


_MISSING = _Missing()


# ---------------------------------------------------------------------------------------------------------------
# Calendar arithmetic (proleptic Gregorian, day 1 = 0001-01-01)

def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_month(year, month):
    n = _DAYS_BEFORE_MONTH[month]
    if month > 2 and _is_leap(year):
        n += 1
    return n


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _ymd_to_ord(year, month, day):
    return _days_before_year(year) + _days_before_month(year, month) + day


def _ord_to_ymd(n):
    # Count whole 400-, 100-, 4- and 1-year cycles from 0001-01-01 (day 1).
    n -= 1
    n400, n = divmod(n, 146097)
    year = n400 * 400 + 1
    n100, n = divmod(n, 36524)
    n4, n = divmod(n, 1461)
    n1, n = divmod(n, 365)
    year += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        # The last day of a leap cycle: December 31 of the year before.
        return year - 1, 12, 31
    leap = n1 == 3 and (n4 != 24 or n100 == 3)
    month = (n + 50) >> 5
    before = _DAYS_BEFORE_MONTH[month] + (1 if month > 2 and leap else 0)
    if before > n:
        month -= 1
        before = _DAYS_BEFORE_MONTH[month] + (1 if month > 2 and leap else 0)
    return year, month, n - before + 1


def _iso_week1_monday(year):
    first = _days_before_year(year) + 1       # ordinal of January 1
    weekday = (first + 6) % 7                  # 0 = Monday
    monday = first - weekday
    if weekday > 3:                            # January 1 is Friday..Sunday: week 1 starts next week
        monday += 7
    return monday


def _iso_to_ymd(year, week, day):
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("Year is out of range: %d" % year)
    if not 0 < week < 53:
        out_of_range = True
        if week == 53:
            # Only years starting on a Thursday, or leap years starting on a Wednesday, have a week 53.
            first_weekday = _ymd_to_ord(year, 1, 1) % 7
            if first_weekday == 4 or (first_weekday == 3 and _is_leap(year)):
                out_of_range = False
        if out_of_range:
            raise ValueError("Invalid week: %d" % week)
    if not 0 < day < 8:
        raise ValueError("Invalid day: %d (range is [1, 7])" % day)
    return _ord_to_ymd(_iso_week1_monday(year) + (week - 1) * 7 + day - 1)


# ---------------------------------------------------------------------------------------------------------------
# Argument handling with the messages of CPython's C argument parser

def _tp_name(cls):
    """A type's name as CPython's messages give it: the datetime module's classes are C types named 'datetime.X'."""
    if cls in _C_TYPES:
        return "datetime." + cls.__name__
    return cls.__name__


def _parse_args(fname, args, kwargs, names, required, npositional=None):
    """Binds args/kwargs to names as PyArg_ParseTupleAndKeywords does (fname None: the C parser's 'function')."""
    total = len(names)
    if npositional is None:
        npositional = total
    nargs = len(args)
    shown = "function" if fname is None else fname + "()"
    if nargs + len(kwargs) > total:
        raise TypeError("%s takes at most %d %sargument%s (%d given)" % (
            shown, total, "keyword " if nargs == 0 else "", "" if total == 1 else "s", nargs + len(kwargs)))
    if nargs > npositional:
        raise TypeError("%s takes %s %d positional argument%s (%d given)" % (
            shown, "at most" if required < npositional else "exactly", npositional,
            "" if npositional == 1 else "s", nargs))
    values = list(args) + [_MISSING] * (total - nargs)
    used = 0
    for i in range(total):
        name = names[i]
        if name in kwargs:
            if i < nargs:
                raise TypeError("argument for %s given by name ('%s') and position (%d)" % (shown, name, i + 1))
            if i >= npositional or True:
                values[i] = kwargs[name]
                used += 1
        elif i >= nargs and i < required:
            if i < npositional:
                raise TypeError("%s missing required argument '%s' (pos %d)" % (shown, name, i + 1))
            raise TypeError("%s missing required keyword-only argument '%s'" % (shown, name))
    if used < len(kwargs):
        for key in kwargs:
            if key not in names:
                raise TypeError("'%s' is an invalid keyword argument for %s" % (
                    key, "this function" if fname is None else fname + "()"))
    return values


def _arg_type(value):
    """How the C argument parser names an argument's type in its errors: None as 'None'."""
    return "None" if value is None else _tp_name(type(value))


def _c_int(value):
    """An argument converted as the C parser's 'i' format: by __index__, into a C int."""
    if isinstance(value, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    value = _operator.index(value)
    if value > _INT_MAX:
        raise OverflowError("signed integer is greater than maximum")
    if value < _INT_MIN:
        raise OverflowError("signed integer is less than minimum")
    return value


def _check_date_fields(year, month, day):
    year = _c_int(year)
    month = _c_int(month)
    day = _c_int(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("year %d is out of range" % year)
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError("day is out of range for month")
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond, fold):
    hour = _c_int(hour)
    minute = _c_int(minute)
    second = _c_int(second)
    microsecond = _c_int(microsecond)
    fold = _c_int(fold)
    if not 0 <= hour <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= minute <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= second <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= microsecond <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold not in (0, 1):
        raise ValueError("fold must be either 0 or 1")
    return hour, minute, second, microsecond, fold


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'" % _tp_name(type(tz)))


def _check_utc_offset(what, offset):
    """Validates what a tzinfo's utcoffset() or dst() returned."""
    if offset is None:
        return None
    if not isinstance(offset, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'" % (what, _tp_name(type(offset))))
    if not -timedelta(1) < offset < timedelta(1):
        raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) and "
                         "timedelta(hours=24).")
    return offset


def _call_tzname(tz, arg):
    if tz is None:
        return None
    name = tz.tzname(arg)
    if name is not None and not isinstance(name, str):
        raise TypeError("tzinfo.tzname() must return None or a string, not '%s'" % _tp_name(type(name)))
    return name


def _format_offset(offset, sep):
    """'+HH:MM[:SS[.ffffff]]' (sep ':') or '+HHMM[SS[.ffffff]]' (sep ''); '' for None."""
    if offset is None:
        return ""
    if offset.days < 0:
        sign = "-"
        offset = -offset
    else:
        sign = "+"
    hours, rest = divmod(offset.seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    us = offset.microseconds
    if us:
        return "%s%02d%s%02d%s%02d.%06d" % (sign, hours, sep, minutes, sep, seconds, us)
    if seconds:
        return "%s%02d%s%02d%s%02d" % (sign, hours, sep, minutes, sep, seconds)
    return "%s%02d%s%02d" % (sign, hours, sep, minutes)


def _format_time(hh, mm, ss, us, timespec):
    if timespec == "auto":
        timespec = "microseconds" if us else "seconds"
    elif timespec == "milliseconds":
        us //= 1000
    if timespec == "hours":
        return "%02d" % hh
    if timespec == "minutes":
        return "%02d:%02d" % (hh, mm)
    if timespec == "seconds":
        return "%02d:%02d:%02d" % (hh, mm, ss)
    if timespec == "milliseconds":
        return "%02d:%02d:%02d.%03d" % (hh, mm, ss, us)
    if timespec == "microseconds":
        return "%02d:%02d:%02d.%06d" % (hh, mm, ss, us)
    raise ValueError("Unknown timespec value")


def _wrap_strftime(obj, fmt, timetuple, tz, tzarg, us):
    """Replaces %z, %:z, %Z and %f as CPython's datetime does, then hands the rest to time.strftime."""
    if not isinstance(fmt, str):
        raise TypeError("strftime() argument 1 must be str, not %s" % _arg_type(fmt))
    pieces = []
    z = colon_z = big_z = f = None
    i = 0
    n = len(fmt)
    while i < n:
        ch = fmt[i]
        i += 1
        if ch != "%":
            pieces.append(ch)
            continue
        if i >= n:
            pieces.append("%")
            break
        ch = fmt[i]
        i += 1
        if ch == "z":
            if z is None:
                z = _format_offset(tz.utcoffset(tzarg), "") if tz is not None else ""
            pieces.append(z)
        elif ch == ":" and i < n and fmt[i] == "z":
            i += 1
            if colon_z is None:
                colon_z = _format_offset(tz.utcoffset(tzarg), ":") if tz is not None else ""
            pieces.append(colon_z)
        elif ch == "Z":
            if big_z is None:
                name = _call_tzname(tz, tzarg) if tz is not None else None
                big_z = "" if name is None else name.replace("%", "%%")
            pieces.append(big_z)
        elif ch == "f":
            if f is None:
                f = "%06d" % us
            pieces.append(f)
        else:
            pieces.append("%")
            pieces.append(ch)
    return _time.strftime("".join(pieces), timetuple)


def _struct_time(y, m, d, hh, mm, ss, dstflag):
    wday = (_ymd_to_ord(y, m, d) + 6) % 7
    yday = _days_before_month(y, m) + d
    return _time.struct_time((y, m, d, hh, mm, ss, wday, yday, dstflag))


def _divide_nearest(a, b):
    """a / b rounded to the nearest integer, halves to even."""
    q, r = divmod(a, b)
    r2 = r * 2
    if (r2 > b if b > 0 else r2 < b) or (r2 == b and q % 2 == 1):
        q += 1
    return q


_MIDNIGHT = (0, 0, 0, 0, 0)   # hour, minute, second, microsecond, fold when none is given


def _given_or(given, current):
    """Each value of given, or current's in the same place where it is _MISSING (the constructors' and replace()'s
    defaults)."""
    return [c if g is _MISSING else g for g, c in zip(given, current)]


def _time_of_day(cls):
    """A class decorator: the read-only hour, minute, second, microsecond, tzinfo and fold of time and datetime."""
    for name, field in (("hour", "_hour"), ("minute", "_minute"), ("second", "_second"), ("microsecond", "_us"),
                        ("tzinfo", "_tzinfo"), ("fold", "_fold")):
        setattr(cls, name, property(_field_reader(field)))
    return cls


def _field_reader(field):
    def read(self):
        return getattr(self, field)
    return read


_COMPARISONS = (("__eq__", "=="), ("__ne__", "!="), ("__lt__", "<"), ("__le__", "<="), ("__gt__", ">"), ("__ge__", ">="))


def _comparisons_through(compare_name):
    """A class decorator: the six rich comparisons, each calling the class's compare_name(self, other, op), as
    CPython's types serve all six from one tp_richcompare."""
    def decorate(cls):
        compare = cls.__dict__[compare_name]
        for name, op in _COMPARISONS:
            setattr(cls, name, _comparison(cls, name, compare, op))
        return cls
    return decorate


def _comparison(cls, name, compare, op):
    def method(self, other):
        return compare(self, other, op)
    method.__name__ = name
    method.__qualname__ = cls.__qualname__ + "." + name
    return method


def _cmp(x, y):
    return 0 if x == y else (1 if x > y else -1)


def _cmp_result(c, op):
    if op == "==":
        return c == 0
    if op == "!=":
        return c != 0
    if op == "<":
        return c < 0
    if op == "<=":
        return c <= 0
    if op == ">":
        return c > 0
    return c >= 0


# ---------------------------------------------------------------------------------------------------------------
# timedelta

def _accumulate(tag, total, value, factor, leftover):
    """Adds value * factor microseconds to total as CPython does: exactly for ints, and for floats the integral
    part exactly with the fractional microseconds gathered in leftover[0]."""
    if isinstance(value, int):
        return total + value * factor
    if isinstance(value, float):
        frac, whole = _math.modf(value)
        total += int(whole) * factor
        if frac == 0.0:
            return total
        frac, whole = _math.modf(float(factor) * frac)
        leftover[0] += frac
        return total + int(whole)
    raise TypeError("unsupported type for timedelta %s component: %s" % (tag, _tp_name(type(value))))


def _delta_from_us(us, cls=None):
    seconds, us = divmod(us, _US_PER_SECOND)
    days, seconds = divmod(seconds, _SECONDS_PER_DAY)
    return _new_delta(days, seconds, us, cls)


def _new_delta(days, seconds, us, cls=None):
    if days > _INT_MAX or days < _INT_MIN:
        raise OverflowError("Python int too large to convert to C int")
    if not -_MAX_DELTA_DAYS <= days <= _MAX_DELTA_DAYS:
        raise OverflowError("days=%d; must have magnitude <= %d" % (days, _MAX_DELTA_DAYS))
    self = object.__new__(timedelta if cls is None else cls)
    self._days = days
    self._seconds = seconds
    self._us = us
    self._hashcode = -1
    return self


@_comparisons_through("_compare")
class timedelta:
    """Difference between two datetime values."""

    __gilgen_tp_name__ = "datetime.timedelta"

    __slots__ = ("_days", "_seconds", "_us", "_hashcode")

    def __new__(cls, *args, **kwargs):
        days, seconds, microseconds, milliseconds, minutes, hours, weeks = _parse_args(
            "__new__", args, kwargs,
            ("days", "seconds", "microseconds", "milliseconds", "minutes", "hours", "weeks"), 0)
        total = 0
        leftover = [0.0]
        for tag, value, factor in (("microseconds", microseconds, 1), ("milliseconds", milliseconds, 1000),
                                   ("seconds", seconds, _US_PER_SECOND), ("minutes", minutes, 60000000),
                                   ("hours", hours, 3600000000), ("days", days, _US_PER_DAY),
                                   ("weeks", weeks, 7 * _US_PER_DAY)):
            if value is not _MISSING:
                total = _accumulate(tag, total, value, factor, leftover)
        left = leftover[0]
        if left:
            whole = round(left)
            if abs(whole - left) == 0.5:
                odd = total & 1
                whole = 2.0 * round((left + odd) * 0.5) - odd
            total += int(whole)
        return _delta_from_us(total, cls)

    @property
    def days(self):
        """Number of days."""
        return self._days

    @property
    def seconds(self):
        """Number of seconds (>= 0 and less than 1 day)."""
        return self._seconds

    @property
    def microseconds(self):
        """Number of microseconds (>= 0 and less than 1 second)."""
        return self._us

    def _to_us(self):
        return (self._days * _SECONDS_PER_DAY + self._seconds) * _US_PER_SECOND + self._us

    def total_seconds(self):
        """Total seconds in the duration."""
        return self._to_us() / 10 ** 6

    def __repr__(self):
        parts = []
        if self._days:
            parts.append("days=%d" % self._days)
        if self._seconds:
            parts.append("seconds=%d" % self._seconds)
        if self._us:
            parts.append("microseconds=%d" % self._us)
        return "%s(%s)" % (_tp_name(type(self)), ", ".join(parts) if parts else "0")

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = "%d:%02d:%02d" % (hh, mm, ss)
        if self._days:
            s = "%d day%s, " % (self._days, "" if abs(self._days) == 1 else "s") + s
        if self._us:
            s += ".%06d" % self._us
        return s

    def __bool__(self):
        return self._days != 0 or self._seconds != 0 or self._us != 0

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash((self._days, self._seconds, self._us))
        return self._hashcode

    def _key(self):
        return (self._days, self._seconds, self._us)

    def _compare(self, other, op):
        if isinstance(other, timedelta):
            return _cmp_result(_cmp(self._key(), other._key()), op)
        return NotImplemented

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _new_delta_normalized(self._days + other._days, self._seconds + other._seconds,
                                         self._us + other._us)
        return NotImplemented

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return other.__add__(self)
        return NotImplemented

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _new_delta_normalized(self._days - other._days, self._seconds - other._seconds,
                                         self._us - other._us)
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return other.__sub__(self)
        return NotImplemented

    def __neg__(self):
        return _new_delta_normalized(-self._days, -self._seconds, -self._us)

    def __pos__(self):
        return _new_delta(self._days, self._seconds, self._us)

    def __abs__(self):
        if self._days < 0:
            return self.__neg__()
        return self.__pos__()

    def __mul__(self, other):
        if isinstance(other, int):
            return _delta_from_us(self._to_us() * other)
        if isinstance(other, float):
            n, d = other.as_integer_ratio()
            return _delta_from_us(_divide_nearest(self._to_us() * n, d))
        return NotImplemented

    def __rmul__(self, other):
        if isinstance(other, (int, float)):
            return self.__mul__(other)
        return NotImplemented

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() // other._to_us()
        if isinstance(other, int):
            return _delta_from_us(self._to_us() // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() / other._to_us()
        if isinstance(other, int):
            return _delta_from_us(_divide_nearest(self._to_us(), other))
        if isinstance(other, float):
            n, d = other.as_integer_ratio()
            return _delta_from_us(_divide_nearest(self._to_us() * d, n))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return _delta_from_us(self._to_us() % other._to_us())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._to_us(), other._to_us())
            return q, _delta_from_us(r)
        return NotImplemented

    def __rfloordiv__(self, other):
        return NotImplemented

    def __rtruediv__(self, other):
        return NotImplemented

    def __rmod__(self, other):
        return NotImplemented

    def __rdivmod__(self, other):
        return NotImplemented

    def __reduce__(self):
        raise NotImplementedError("GilGen does not support pickling datetime objects yet")


def _new_delta_normalized(days, seconds, us):
    return _delta_from_us((days * _SECONDS_PER_DAY + seconds) * _US_PER_SECOND + us)


timedelta.min = _new_delta(-_MAX_DELTA_DAYS, 0, 0)
timedelta.max = _new_delta(_MAX_DELTA_DAYS, _SECONDS_PER_DAY - 1, _US_PER_SECOND - 1)
timedelta.resolution = _new_delta(0, 0, 1)


# ---------------------------------------------------------------------------------------------------------------
# date

def _new_date(cls, year, month, day):
    """A date (or subclass) from checked fields; subclasses are made by calling them, as CPython does."""
    if cls is date:
        self = object.__new__(date)
        self._year = year
        self._month = month
        self._day = day
        self._hashcode = -1
        return self
    if cls is datetime:
        return _new_datetime(datetime, year, month, day, 0, 0, 0, 0, None, 0)
    return cls(year, month, day)


def _date_from_ordinal_checked(cls, n):
    if not 1 <= n <= _MAX_ORDINAL:
        raise OverflowError("date value out of range")
    y, m, d = _ord_to_ymd(n)
    return _new_date(cls, y, m, d)


def _timestamp_to_seconds(t, floor):
    """A timestamp as whole seconds: floored (date.fromtimestamp) or split into seconds and microseconds rounded
    half to even (datetime.fromtimestamp), with CPython's errors."""
    if isinstance(t, float):
        if t != t:
            raise ValueError("Invalid value NaN (not a number)")
        if floor:
            if t in (float("inf"), float("-inf")) or not -9.2233720368547758e18 <= t < 9.2233720368547758e18:
                raise OverflowError("timestamp out of range for platform time_t")
            return int(_math.floor(t)), 0
        if t in (float("inf"), float("-inf")):
            raise OverflowError("timestamp out of range for platform time_t")
        frac, whole = _math.modf(t)
        us = round(frac * 1e6)
        secs = int(whole)
        if us >= 1000000:
            secs += 1
            us -= 1000000
        elif us < 0:
            secs -= 1
            us += 1000000
        if not -9223372036854775808 <= secs <= 9223372036854775807:
            raise OverflowError("timestamp out of range for platform time_t")
        return secs, int(us)
    t = _operator.index(t)
    if not -9223372036854775808 <= t <= 9223372036854775807:
        raise OverflowError("timestamp out of range for platform time_t")
    return t, 0


def _utc_fields(secs):
    days, rest = divmod(secs, _SECONDS_PER_DAY)
    n = _EPOCH_ORDINAL + days
    if not 1 <= n <= _MAX_ORDINAL:
        y = _ord_to_ymd_any(n)
        raise ValueError("year %d is out of range" % y)
    y, m, d = _ord_to_ymd(n)
    hh, rest = divmod(rest, 3600)
    mm, ss = divmod(rest, 60)
    return y, m, d, hh, mm, ss


def _ord_to_ymd_any(n):
    n -= 1
    n400, n = divmod(n, 146097)
    year = n400 * 400 + 1
    n100, n = divmod(n, 36524)
    n4, n = divmod(n, 1461)
    n1, n = divmod(n, 365)
    year += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        return year - 1
    return year


def _local_fields(secs):
    try:
        tm = _time.localtime(secs)
    except OverflowError:
        raise OverflowError("timestamp out of range for platform time_t")
    if not MINYEAR <= tm.tm_year <= MAXYEAR:
        raise ValueError("year %d is out of range" % tm.tm_year)
    return tm.tm_year, tm.tm_mon, tm.tm_mday, tm.tm_hour, tm.tm_min, min(tm.tm_sec, 59)


@_comparisons_through("_date_compare")
class date:
    """date(year, month, day) --> date object"""

    __gilgen_tp_name__ = "datetime.date"

    __slots__ = ("_year", "_month", "_day", "_hashcode")

    def __new__(cls, *args, **kwargs):
        year, month, day = _parse_args(None, args, kwargs, ("year", "month", "day"), 3)
        year, month, day = _check_date_fields(year, month, day)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hashcode = -1
        return self

    @classmethod
    def today(cls):
        """Current date or datetime:  same as self.__class__.fromtimestamp(time.time())."""
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromtimestamp(cls, timestamp):
        """Create a date from a POSIX timestamp.

        The timestamp is a number, e.g. created via time.time(), that is interpreted as local time."""
        secs, _ = _timestamp_to_seconds(timestamp, True)
        y, m, d, _, _, _ = _local_fields(secs)
        return _new_date(cls, y, m, d)

    @classmethod
    def fromordinal(cls, n):
        """int -> date corresponding to a proleptic Gregorian ordinal."""
        n = _c_int(n)
        if n < 1:
            raise ValueError("ordinal must be >= 1")
        if n > _MAX_ORDINAL:
            raise ValueError("year %d is out of range" % _ord_to_ymd_any(n))
        y, m, d = _ord_to_ymd(n)
        return _new_date(cls, y, m, d)

    @classmethod
    def fromisoformat(cls, date_string):
        """str -> Construct a date from a string in ISO 8601 format."""
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        if _utf8_length(date_string) not in (7, 8, 10):
            raise ValueError("Invalid isoformat string: %r" % (date_string,))
        try:
            y, m, d = _parse_isoformat_date(date_string, len(date_string))
        except ValueError:
            raise ValueError("Invalid isoformat string: %r" % (date_string,)) from None
        y, m, d = _check_date_fields(y, m, d)
        return _new_date(cls, y, m, d)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        """int, int, int -> Construct a date from the ISO year, week number and weekday.

        This is the inverse of the date.isocalendar() function"""
        year = _c_int(year)
        week = _c_int(week)
        day = _c_int(day)
        y, m, d = _iso_to_ymd(year, week, day)
        return _new_date(cls, y, m, d)

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    def __repr__(self):
        return "%s(%d, %d, %d)" % (_tp_name(type(self)), self._year, self._month, self._day)

    def isoformat(self):
        """Return string in ISO 8601 format, YYYY-MM-DD."""
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    def __str__(self):
        return self.isoformat()

    def ctime(self):
        """Return ctime() style string."""
        wd = (_ymd_to_ord(self._year, self._month, self._day) + 6) % 7
        return "%s %s %2d 00:00:00 %04d" % (_DAY_NAMES[wd], _MONTH_NAMES[self._month], self._day, self._year)

    def strftime(self, format):
        """format -> strftime() style string."""
        return _wrap_strftime(self, format, self.timetuple(), None, None, 0)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("__format__() argument 1 must be str, not %s" % _arg_type(fmt))
        if len(fmt) == 0:
            return str(self)
        return self.strftime(fmt)

    def timetuple(self):
        """Return time tuple, compatible with time.localtime()."""
        return _struct_time(self._year, self._month, self._day, 0, 0, 0, -1)

    def toordinal(self):
        """Return proleptic Gregorian ordinal.  January 1 of year 1 is day 1."""
        return _ymd_to_ord(self._year, self._month, self._day)

    def replace(self, *args, **kwargs):
        """Return date with new specified fields."""
        year, month, day = _parse_args("replace", args, kwargs, ("year", "month", "day"), 0)
        if year is _MISSING:
            year = self._year
        if month is _MISSING:
            month = self._month
        if day is _MISSING:
            day = self._day
        year, month, day = _check_date_fields(year, month, day)
        return _new_date(type(self), year, month, day)

    def weekday(self):
        """Return the day of the week represented by the date.
Monday == 0 ... Sunday == 6"""
        return (_ymd_to_ord(self._year, self._month, self._day) + 6) % 7

    def isoweekday(self):
        """Return the day of the week represented by the date.
Monday == 1 ... Sunday == 7"""
        return (_ymd_to_ord(self._year, self._month, self._day) + 6) % 7 + 1

    def isocalendar(self):
        """Return a named tuple containing ISO year, week number, and weekday."""
        year = self._year
        n = _ymd_to_ord(year, self._month, self._day)
        monday = _iso_week1_monday(year)
        if n < monday:
            year -= 1
            monday = _iso_week1_monday(year)
        elif year < MAXYEAR and n >= _iso_week1_monday(year + 1):
            year += 1
            monday = _iso_week1_monday(year)
        week, day = divmod(n - monday, 7)
        return IsoCalendarDate(year, week + 1, day + 1)

    def _date_key(self):
        return (self._year, self._month, self._day)

    def _date_compare(self, other, op):
        if isinstance(other, date) and not isinstance(other, datetime):
            return _cmp_result(_cmp(self._date_key(), other._date_key()), op)
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(("date", self._year, self._month, self._day))
        return self._hashcode

    def __add__(self, other):
        if isinstance(other, timedelta) and not isinstance(self, datetime):
            return _date_from_ordinal_checked(type(self), self.toordinal() + other._days)
        return NotImplemented

    def __radd__(self, other):
        if isinstance(other, timedelta) and not isinstance(self, datetime):
            return _date_from_ordinal_checked(type(self), self.toordinal() + other._days)
        return NotImplemented

    def __sub__(self, other):
        if isinstance(self, datetime) or isinstance(other, datetime):
            return NotImplemented
        if isinstance(other, timedelta):
            return _date_from_ordinal_checked(type(self), self.toordinal() - other._days)
        if isinstance(other, date):
            return _new_delta(self.toordinal() - other.toordinal(), 0, 0)
        return NotImplemented

    def __rsub__(self, other):
        return NotImplemented

    def __reduce__(self):
        raise NotImplementedError("GilGen does not support pickling datetime objects yet")


class IsoCalendarDate(tuple):

    __gilgen_tp_name__ = "datetime.IsoCalendarDate"

    def __new__(cls, year, week, weekday):
        return super().__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __repr__(self):
        return "%s(year=%d, week=%d, weekday=%d)" % (_tp_name(type(self)), self[0], self[1], self[2])

    def __reduce__(self):
        return (tuple, (tuple(self),))


date.min = _new_date(date, 1, 1, 1)
date.max = _new_date(date, 9999, 12, 31)
date.resolution = _new_delta(1, 0, 0)


# ---------------------------------------------------------------------------------------------------------------
# tzinfo and timezone

class tzinfo:
    """Abstract base class for time zone info objects."""

    __gilgen_tp_name__ = "datetime.tzinfo"

    __slots__ = ()

    def tzname(self, dt):
        """datetime -> string name of time zone."""
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def utcoffset(self, dt):
        """datetime -> timedelta showing offset from UTC, negative values indicating West of UTC"""
        raise NotImplementedError("a tzinfo subclass must implement utcoffset()")

    def dst(self, dt):
        """datetime -> DST offset as timedelta positive east of UTC."""
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def fromutc(self, dt):
        """datetime in UTC -> datetime in local time."""
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        off = _check_utc_offset("utcoffset", self.utcoffset(dt))
        if off is None:
            raise ValueError("fromutc: non-None utcoffset() result required")
        dst = _check_utc_offset("dst", self.dst(dt))
        if dst is None:
            raise ValueError("fromutc: non-None dst() result required")
        dt = _datetime_plus_delta(dt, off - dst, 1)
        dst = _check_utc_offset("dst", dt.dst())
        if dst is None:
            raise ValueError("fromutc: non-None dst() result required")
        if dst:
            dt = _datetime_plus_delta(dt, dst, 1)
        return dt

    def __reduce__(self):
        raise NotImplementedError("GilGen does not support pickling datetime objects yet")


_TZ_RANGE_MESSAGE = ("offset must be a timedelta strictly between -timedelta(hours=24) and "
                     "timedelta(hours=24), not %r.")


def _new_timezone(offset, name):
    self = object.__new__(timezone)
    self._offset = offset
    self._name = name
    return self


class timezone(tzinfo):
    """Fixed offset from UTC implementation of tzinfo."""

    __gilgen_tp_name__ = "datetime.timezone"

    __slots__ = ("_offset", "_name")

    def __new__(cls, *args, **kwargs):
        offset, name = _parse_args("timezone", args, kwargs, ("offset", "name"), 1)
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, not %s" % _arg_type(offset))
        if name is _MISSING:
            name = None
            if not offset:
                return timezone.utc
        elif not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not %s" % _arg_type(name))
        if not -timedelta(1) < offset < timedelta(1):
            raise ValueError(_TZ_RANGE_MESSAGE % (offset,))
        return _new_timezone(offset, name)

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 'datetime.timezone' is not an acceptable base type")

    def __getinitargs__(self):
        """pickle support"""
        if self._name is None:
            return (self._offset,)
        return (self._offset, self._name)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timezone):
            return self._offset != other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is timezone.utc:
            return "datetime.timezone.utc"
        if self._name is None:
            return "datetime.timezone(%r)" % (self._offset,)
        return "datetime.timezone(%r, %r)" % (self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def _check_arg(self, what, dt):
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError("%s(dt) argument must be a datetime instance or None, not %s"
                            % (what, _tp_name(type(dt))))

    def utcoffset(self, dt):
        """If name is specified when timezone is created, returns the name.  Otherwise returns offset as 'UTC(+|-)HH:MM'."""
        self._check_arg("utcoffset", dt)
        return self._offset

    def tzname(self, dt):
        """If name is specified when timezone is created, returns the name.  Otherwise returns offset as 'UTC(+|-)HH:MM'."""
        self._check_arg("tzname", dt)
        if self._name is not None:
            return self._name
        if self is timezone.utc or not self._offset:
            return "UTC"
        return "UTC" + _format_offset(self._offset, ":")

    def dst(self, dt):
        """Return None."""
        self._check_arg("dst", dt)
        return None

    def fromutc(self, dt):
        """datetime in UTC -> datetime in local time."""
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return _datetime_plus_delta(dt, self._offset, 1)


timezone.utc = _new_timezone(_new_delta(0, 0, 0), None)
timezone.min = _new_timezone(-_new_delta(0, 23 * 3600 + 59 * 60, 0), None)
timezone.max = _new_timezone(_new_delta(0, 23 * 3600 + 59 * 60, 0), None)
UTC = timezone.utc


# ---------------------------------------------------------------------------------------------------------------
# time

def _new_time(cls, hour, minute, second, us, tz, fold):
    if cls is time:
        self = object.__new__(time)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._us = us
        self._tzinfo = tz
        self._fold = fold
        self._hashcode = -1
        return self
    return cls(hour, minute, second, us, tz, fold=fold)


@_comparisons_through("_time_compare")
@_time_of_day
class time:
    """time([hour[, minute[, second[, microsecond[, tzinfo]]]]]) --> a time object

All arguments are optional. tzinfo may be None, or an instance of
a tzinfo subclass. The remaining arguments may be ints.
"""

    __gilgen_tp_name__ = "datetime.time"

    __slots__ = ("_hour", "_minute", "_second", "_us", "_tzinfo", "_fold", "_hashcode")

    def __new__(cls, *args, **kwargs):
        hour, minute, second, us, tz, fold = _parse_args(
            None, args, kwargs, ("hour", "minute", "second", "microsecond", "tzinfo", "fold"), 0, 5)
        hour, minute, second, us, fold = _check_time_fields(*_given_or((hour, minute, second, us, fold), _MIDNIGHT))
        tz = None if tz is _MISSING else tz
        _check_tzinfo(tz)
        self = object.__new__(cls)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._us = us
        self._tzinfo = tz
        self._fold = fold
        self._hashcode = -1
        return self

    @classmethod
    def fromisoformat(cls, time_string):
        """string -> time from a string in ISO 8601 format"""
        if not isinstance(time_string, str):
            raise TypeError("fromisoformat: argument must be str")
        s = time_string
        if s[:1] == "T":
            s = s[1:]
        try:
            hh, mm, ss, us, zone = _parse_isoformat_time(s)
        except ValueError:
            raise ValueError("Invalid isoformat string: %r" % (time_string,)) from None
        hh, mm, ss, us, _ = _check_time_fields(hh, mm, ss, us, 0)
        return _new_time(cls, hh, mm, ss, us, _zone_to_tzinfo(zone), 0)

    def utcoffset(self):
        """Return self.tzinfo.utcoffset(self)."""
        if self._tzinfo is None:
            return None
        return _check_utc_offset("utcoffset", self._tzinfo.utcoffset(None))

    def dst(self):
        """Return self.tzinfo.dst(self)."""
        if self._tzinfo is None:
            return None
        return _check_utc_offset("dst", self._tzinfo.dst(None))

    def tzname(self):
        """Return self.tzinfo.tzname(self)."""
        return _call_tzname(self._tzinfo, None)

    def __repr__(self):
        name = _tp_name(type(self))
        if self._us:
            s = "%s(%d, %d, %d, %d)" % (name, self._hour, self._minute, self._second, self._us)
        elif self._second:
            s = "%s(%d, %d, %d)" % (name, self._hour, self._minute, self._second)
        else:
            s = "%s(%d, %d)" % (name, self._hour, self._minute)
        if self._tzinfo is not None:
            s = s[:-1] + ", tzinfo=%r)" % (self._tzinfo,)
        if self._fold:
            s = s[:-1] + ", fold=1)"
        return s

    def isoformat(self, *args, **kwargs):
        """Return string in ISO 8601 format, [HH[:MM[:SS[.mmm[uuu]]]]][+HH:MM].

The optional argument timespec specifies the number of additional terms
of the time to include. Valid options are 'auto', 'hours', 'minutes',
'seconds', 'milliseconds' and 'microseconds'.
"""
        (timespec,) = _parse_args("isoformat", args, kwargs, ("timespec",), 0)
        if timespec is _MISSING:
            timespec = "auto"
        elif not isinstance(timespec, str):
            raise TypeError("isoformat() argument 1 must be str, not %s" % _arg_type(timespec))
        s = _format_time(self._hour, self._minute, self._second, self._us, timespec)
        return s + _format_offset(self.utcoffset(), ":")

    def __str__(self):
        return self.isoformat()

    def strftime(self, format):
        """format -> strftime() style string."""
        tt = _time.struct_time((1900, 1, 1, self._hour, self._minute, self._second, 0, 1, -1))
        return _wrap_strftime(self, format, tt, self._tzinfo, None, self._us)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("__format__() argument 1 must be str, not %s" % _arg_type(fmt))
        if len(fmt) == 0:
            return str(self)
        return self.strftime(fmt)

    def replace(self, *args, **kwargs):
        """Return time with new specified fields."""
        hour, minute, second, us, tz, fold = _parse_args(
            "replace", args, kwargs, ("hour", "minute", "second", "microsecond", "tzinfo", "fold"), 0, 5)
        hour, minute, second, us, fold = _check_time_fields(
            *_given_or((hour, minute, second, us, fold), (self._hour, self._minute, self._second, self._us, self._fold)))
        tz = self._tzinfo if tz is _MISSING else tz
        _check_tzinfo(tz)
        return _new_time(type(self), hour, minute, second, us, tz, fold)

    def __bool__(self):
        return True

    def _time_key(self):
        return (self._hour, self._minute, self._second, self._us)

    def _time_compare(self, other, op):
        if not isinstance(other, time):
            return NotImplemented
        if self._tzinfo is other._tzinfo:
            return _cmp_result(_cmp(self._time_key(), other._time_key()), op)
        off1 = self.utcoffset()
        off2 = other.utcoffset()
        if off1 == off2:
            return _cmp_result(_cmp(self._time_key(), other._time_key()), op)
        if off1 is not None and off2 is not None:
            k1 = ((self._hour * 60 + self._minute) * 60 + self._second) * _US_PER_SECOND + self._us - off1._to_us()
            k2 = ((other._hour * 60 + other._minute) * 60 + other._second) * _US_PER_SECOND + other._us \
                - off2._to_us()
            return _cmp_result(_cmp(k1, k2), op)
        if op == "==":
            return False
        if op == "!=":
            return True
        raise TypeError("can't compare offset-naive and offset-aware times")

    def __hash__(self):
        if self._hashcode == -1:
            t = self if not self._fold else self.replace(fold=0)
            off = t.utcoffset()
            if off is None:
                self._hashcode = hash(("time",) + t._time_key())
            else:
                us = ((t._hour * 60 + t._minute) * 60 + t._second) * _US_PER_SECOND + t._us - off._to_us()
                self._hashcode = hash(("time-aware", us))
        return self._hashcode

    def __reduce__(self):
        raise NotImplementedError("GilGen does not support pickling datetime objects yet")


time.min = _new_time(time, 0, 0, 0, 0, None, 0)
time.max = _new_time(time, 23, 59, 59, 999999, None, 0)
time.resolution = _new_delta(0, 0, 1)


# ---------------------------------------------------------------------------------------------------------------
# datetime

def _new_datetime(cls, year, month, day, hour, minute, second, us, tz, fold):
    if cls is datetime:
        self = object.__new__(datetime)
        self._year = year
        self._month = month
        self._day = day
        self._hour = hour
        self._minute = minute
        self._second = second
        self._us = us
        self._tzinfo = tz
        self._fold = fold
        self._hashcode = -1
        return self
    if fold:
        return cls(year, month, day, hour, minute, second, us, tz, fold=fold)
    return cls(year, month, day, hour, minute, second, us, tz)


def _datetime_plus_delta(dt, delta, sign):
    """dt + delta (sign 1) or dt - delta (sign -1), its class kept, with CPython's OverflowError."""
    days = dt.toordinal() + sign * delta._days
    secs = ((dt._hour * 60 + dt._minute) * 60 + dt._second) + sign * delta._seconds
    us = dt._us + sign * delta._us
    extra, us = divmod(us, _US_PER_SECOND)
    secs += extra
    extra, secs = divmod(secs, _SECONDS_PER_DAY)
    days += extra
    if not 1 <= days <= _MAX_ORDINAL:
        raise OverflowError("date value out of range")
    y, m, d = _ord_to_ymd(days)
    hh, rest = divmod(secs, 3600)
    mm, ss = divmod(rest, 60)
    return _new_datetime(type(dt), y, m, d, hh, mm, ss, us, dt._tzinfo, 0)


def _seconds_since_year1(y, m, d, hh, mm, ss):
    return ((_ymd_to_ord(y, m, d) - 1) * 24 + hh) * 3600 + mm * 60 + ss


_EPOCH_SECONDS = _seconds_since_year1(1970, 1, 1, 0, 0, 0)


def _local_seconds(u):
    """The local wall time, as seconds since 0001-01-01, of u seconds since 0001-01-01 UTC."""
    tm = _time.localtime(u - _EPOCH_SECONDS)
    return _seconds_since_year1(tm.tm_year, tm.tm_mon, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec)


def _local_to_utc_seconds(y, m, d, hh, mm, ss, fold):
    """Solves local(u) == t for u as CPython does, fold choosing between two solutions (and inside a gap)."""
    t = _seconds_since_year1(y, m, d, hh, mm, ss)
    a = _local_seconds(t) - t
    u1 = t - a
    t1 = _local_seconds(u1)
    if t1 == t:
        u2 = u1 + _MAX_FOLD_SECONDS if fold else u1 - _MAX_FOLD_SECONDS
        b = _local_seconds(u2) - u2
        if a == b:
            return u1
    else:
        b = t1 - u1
    u2 = t - b
    t2 = _local_seconds(u2)
    if t2 == t:
        return u2
    if t1 == t:
        return u1
    return min(u1, u2) if fold else max(u1, u2)


def _local_timezone_at(ts):
    tm = _time.localtime(ts)
    return timezone(timedelta(seconds=tm.tm_gmtoff), tm.tm_zone)


def _datetime_from_timestamp(cls, secs, us, tz):
    if tz is None:
        y, m, d, hh, mm, ss = _local_fields(secs)
        fold = 0
        # A local time that repeats (the clock set back) reads fold=1 on its second pass.
        result = _seconds_since_year1(y, m, d, hh, mm, ss)
        probe = _local_seconds(_EPOCH_SECONDS + secs - _MAX_FOLD_SECONDS)
        transition = result - probe - _MAX_FOLD_SECONDS
        if transition < 0:
            probe = _local_seconds(_EPOCH_SECONDS + secs + transition)
            if probe == result:
                fold = 1
        return _new_datetime(cls, y, m, d, hh, mm, ss, us, None, fold)
    y, m, d, hh, mm, ss = _utc_fields(secs)
    dt = _new_datetime(cls, y, m, d, hh, mm, ss, us, tz, 0)
    return tz.fromutc(dt)


@_comparisons_through("_dt_compare")
@_time_of_day
class datetime(date):
    """datetime(year, month, day[, hour[, minute[, second[, microsecond[,tzinfo]]]]])

The year, month and day arguments are required. tzinfo may be None, or an
instance of a tzinfo subclass. The remaining arguments may be ints.
"""

    __gilgen_tp_name__ = "datetime.datetime"

    __slots__ = ("_hour", "_minute", "_second", "_us", "_tzinfo", "_fold")

    def __new__(cls, *args, **kwargs):
        year, month, day, hour, minute, second, us, tz, fold = _parse_args(
            None, args, kwargs,
            ("year", "month", "day", "hour", "minute", "second", "microsecond", "tzinfo", "fold"), 3, 8)
        year, month, day = _check_date_fields(year, month, day)
        hour, minute, second, us, fold = _check_time_fields(*_given_or((hour, minute, second, us, fold), _MIDNIGHT))
        tz = None if tz is _MISSING else tz
        _check_tzinfo(tz)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hour = hour
        self._minute = minute
        self._second = second
        self._us = us
        self._tzinfo = tz
        self._fold = fold
        self._hashcode = -1
        return self

    @classmethod
    def now(cls, tz=None):
        """Returns new datetime object representing current time local to tz.

  tz
    Timezone object.

If no tz is specified, uses local timezone."""
        _check_tzinfo(tz)
        t = _time.time()
        secs, us = _timestamp_to_seconds(t, False)
        return _datetime_from_timestamp(cls, secs, us, tz)

    @classmethod
    def utcnow(cls):
        """Return a new datetime representing UTC day and time."""
        secs, us = _timestamp_to_seconds(_time.time(), False)
        y, m, d, hh, mm, ss = _utc_fields(secs)
        return _new_datetime(cls, y, m, d, hh, mm, ss, us, None, 0)

    @classmethod
    def fromtimestamp(cls, timestamp, tz=None):
        """timestamp[, tz] -> tz's local time from POSIX timestamp."""
        _check_tzinfo(tz)
        secs, us = _timestamp_to_seconds(timestamp, False)
        return _datetime_from_timestamp(cls, secs, us, tz)

    @classmethod
    def utcfromtimestamp(cls, timestamp):
        """Construct a naive UTC datetime from a POSIX timestamp."""
        secs, us = _timestamp_to_seconds(timestamp, False)
        y, m, d, hh, mm, ss = _utc_fields(secs)
        return _new_datetime(cls, y, m, d, hh, mm, ss, us, None, 0)

    @classmethod
    def strptime(cls, date_string, format):
        """string, format -> new datetime parsed from a string (like time.strptime())."""
        # The C module parses its arguments as str first ("UU"), with its own message.
        for position, arg in enumerate((date_string, format), 1):
            if not isinstance(arg, str):
                raise TypeError("strptime() argument %d must be str, not %s" % (position, _arg_type(arg)))
        import _strptime
        return _strptime._strptime_datetime(cls, date_string, format)

    @classmethod
    def combine(cls, *args, **kwargs):
        """date, time -> datetime with same date and time fields"""
        d, t, tz = _parse_args("combine", args, kwargs, ("date", "time", "tzinfo"), 2)
        if not isinstance(d, date):
            raise TypeError("combine() argument 1 must be datetime.date, not %s" % _arg_type(d))
        if not isinstance(t, time):
            raise TypeError("combine() argument 2 must be datetime.time, not %s" % _arg_type(t))
        if tz is _MISSING:
            tz = t._tzinfo
        else:
            _check_tzinfo(tz)
        return _new_datetime(cls, d._year, d._month, d._day, t._hour, t._minute, t._second, t._us, tz, t._fold)

    @classmethod
    def fromisoformat(cls, date_string):
        """string -> datetime from a string in most ISO 8601 formats"""
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        try:
            fields = _parse_isoformat_datetime(date_string)
        except ValueError:
            raise ValueError("Invalid isoformat string: %r" % (date_string,)) from None
        y, m, d, hh, mm, ss, us, zone = fields
        y, m, d = _check_date_fields(y, m, d)
        hh, mm, ss, us, _ = _check_time_fields(hh, mm, ss, us, 0)
        return _new_datetime(cls, y, m, d, hh, mm, ss, us, _zone_to_tzinfo(zone), 0)

    def timetuple(self):
        """Return time tuple, compatible with time.localtime()."""
        dst = self.dst()
        flag = -1 if dst is None else (1 if dst else 0)
        return _struct_time(self._year, self._month, self._day, self._hour, self._minute, self._second, flag)

    def utctimetuple(self):
        """Return UTC time tuple, compatible with time.localtime()."""
        off = self.utcoffset()
        t = self
        if off:
            t = _datetime_plus_delta(self, off, -1)
        return _struct_time(t._year, t._month, t._day, t._hour, t._minute, t._second, 0)

    def timestamp(self):
        """Return POSIX timestamp as float."""
        off = self.utcoffset()
        if off is None:
            secs = _local_to_utc_seconds(self._year, self._month, self._day, self._hour, self._minute,
                                         self._second, self._fold)
            return secs - _EPOCH_SECONDS + self._us / 1e6
        delta = self - _EPOCH
        return delta.total_seconds()

    def date(self):
        """Return date object with same year, month and day."""
        return _new_date(date, self._year, self._month, self._day)

    def time(self):
        """Return time object with same time but with tzinfo=None."""
        return _new_time(time, self._hour, self._minute, self._second, self._us, None, self._fold)

    def timetz(self):
        """Return time object with same time and tzinfo."""
        return _new_time(time, self._hour, self._minute, self._second, self._us, self._tzinfo, self._fold)

    def ctime(self):
        """Return ctime() style string."""
        wd = (_ymd_to_ord(self._year, self._month, self._day) + 6) % 7
        return "%s %s %2d %02d:%02d:%02d %04d" % (_DAY_NAMES[wd], _MONTH_NAMES[self._month], self._day,
                                                  self._hour, self._minute, self._second, self._year)

    def isoformat(self, *args, **kwargs):
        """[sep] -> string in ISO 8601 format, YYYY-MM-DDT[HH[:MM[:SS[.mmm[uuu]]]]][+HH:MM].
sep is used to separate the year from the time, and defaults to 'T'.
The optional argument timespec specifies the number of additional terms
of the time to include. Valid options are 'auto', 'hours', 'minutes',
'seconds', 'milliseconds' and 'microseconds'.
"""
        sep, timespec = _parse_args("isoformat", args, kwargs, ("sep", "timespec"), 0)
        if sep is _MISSING:
            sep = "T"
        elif not isinstance(sep, str) or len(sep) != 1:
            raise TypeError("isoformat() argument 1 must be a unicode character, not %s" % (
                _tp_name(type(sep)) if not isinstance(sep, str) else "str"))
        if timespec is _MISSING:
            timespec = "auto"
        elif not isinstance(timespec, str):
            raise TypeError("isoformat() argument 2 must be str, not %s" % _arg_type(timespec))
        s = "%04d-%02d-%02d%s" % (self._year, self._month, self._day, sep) + \
            _format_time(self._hour, self._minute, self._second, self._us, timespec)
        return s + _format_offset(self.utcoffset(), ":")

    def __str__(self):
        return self.isoformat(sep=" ")

    def __repr__(self):
        name = _tp_name(type(self))
        if self._us:
            s = "%s(%d, %d, %d, %d, %d, %d, %d)" % (name, self._year, self._month, self._day, self._hour,
                                                    self._minute, self._second, self._us)
        elif self._second:
            s = "%s(%d, %d, %d, %d, %d, %d)" % (name, self._year, self._month, self._day, self._hour,
                                                self._minute, self._second)
        else:
            s = "%s(%d, %d, %d, %d, %d)" % (name, self._year, self._month, self._day, self._hour, self._minute)
        if self._fold:
            s = s[:-1] + ", fold=1)"
        if self._tzinfo is not None:
            s = s[:-1] + ", tzinfo=%r)" % (self._tzinfo,)
        return s

    def strftime(self, format):
        """format -> strftime() style string."""
        return _wrap_strftime(self, format, self.timetuple(), self._tzinfo, self, self._us)

    def utcoffset(self):
        """Return self.tzinfo.utcoffset(self)."""
        if self._tzinfo is None:
            return None
        return _check_utc_offset("utcoffset", self._tzinfo.utcoffset(self))

    def dst(self):
        """Return self.tzinfo.dst(self)."""
        if self._tzinfo is None:
            return None
        return _check_utc_offset("dst", self._tzinfo.dst(self))

    def tzname(self):
        """Return self.tzinfo.tzname(self)."""
        return _call_tzname(self._tzinfo, self)

    def replace(self, *args, **kwargs):
        """Return datetime with new specified fields."""
        year, month, day, hour, minute, second, us, tz, fold = _parse_args(
            "replace", args, kwargs,
            ("year", "month", "day", "hour", "minute", "second", "microsecond", "tzinfo", "fold"), 0, 8)
        year, month, day = _check_date_fields(*_given_or((year, month, day), (self._year, self._month, self._day)))
        hour, minute, second, us, fold = _check_time_fields(
            *_given_or((hour, minute, second, us, fold), (self._hour, self._minute, self._second, self._us, self._fold)))
        tz = self._tzinfo if tz is _MISSING else tz
        _check_tzinfo(tz)
        return _new_datetime(type(self), year, month, day, hour, minute, second, us, tz, fold)

    def astimezone(self, tz=None):
        """tz -> convert to local time in new timezone tz"""
        _check_tzinfo(tz)
        own = self._tzinfo
        offset = None
        if own is not None:
            offset = _check_utc_offset("utcoffset", own.utcoffset(self))
        if offset is None:
            # Naive (or a tzinfo without an offset): the local time zone at that local time.
            secs = _local_to_utc_seconds(self._year, self._month, self._day, self._hour, self._minute,
                                         self._second, self._fold)
            # In a gap the zone is the one the other fold reads (CPython's local_timezone_from_local).
            other = _local_to_utc_seconds(self._year, self._month, self._day, self._hour, self._minute,
                                          self._second, 1 - self._fold)
            if other != secs and (other > secs) == bool(self._fold):
                secs = other
            own = _local_timezone_at(secs - _EPOCH_SECONDS)
            if own is tz:
                return self
            offset = own.utcoffset(self)
        elif own is tz:
            return self
        utc = _datetime_plus_delta(self, offset, -1)
        utc = utc.replace(tzinfo=timezone.utc)
        if tz is None:
            ts = (utc - _EPOCH) // timedelta(seconds=1)
            tz = _local_timezone_at(ts)
            return tz.fromutc(utc.replace(tzinfo=tz))
        return tz.fromutc(utc.replace(tzinfo=tz))

    def _dt_key(self):
        return (self._year, self._month, self._day, self._hour, self._minute, self._second, self._us)

    def _flip_fold_offset(self):
        return self.replace(fold=not self._fold).utcoffset()

    def _fold_exception(self, other, off1, off2):
        flip = self._flip_fold_offset()
        if flip is not off1 and flip != off1:
            return True
        flip = other._flip_fold_offset()
        return flip is not off2 and flip != off2

    def _dt_compare(self, other, op):
        if not isinstance(other, datetime):
            if isinstance(other, date):
                if op == "==":
                    return False
                if op == "!=":
                    return True
                raise TypeError("can't compare %s to %s" % (_tp_name(type(self)), _tp_name(type(other))))
            return NotImplemented
        if self._tzinfo is other._tzinfo:
            return _cmp_result(_cmp(self._dt_key(), other._dt_key()), op)
        off1 = self.utcoffset()
        off2 = other.utcoffset()
        if off1 is off2 or (off1 is not None and off2 is not None and off1 == off2):
            c = _cmp(self._dt_key(), other._dt_key())
            if op in ("==", "!=") and c == 0 and self._fold_exception(other, off1, off2):
                c = 1
            return _cmp_result(c, op)
        if off1 is not None and off2 is not None:
            delta = self - other
            c = 0 if not delta else (-1 if delta._days < 0 else 1)
            if op in ("==", "!=") and c == 0 and self._fold_exception(other, off1, off2):
                c = 1
            return _cmp_result(c, op)
        if op == "==":
            return False
        if op == "!=":
            return True
        raise TypeError("can't compare offset-naive and offset-aware datetimes")

    def __hash__(self):
        if self._hashcode == -1:
            t = self if not self._fold else self.replace(fold=0)
            off = t.utcoffset()
            if off is None:
                self._hashcode = hash(("datetime",) + t._dt_key())
            else:
                days = _ymd_to_ord(t._year, t._month, t._day)
                secs = t._hour * 3600 + t._minute * 60 + t._second
                self._hashcode = hash(_new_delta_normalized(days, secs, t._us) - off)
        return self._hashcode

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _datetime_plus_delta(self, other, 1)
        return NotImplemented

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return _datetime_plus_delta(self, other, 1)
        return NotImplemented

    def __sub__(self, other):
        if isinstance(other, datetime):
            off1 = off2 = None
            if self._tzinfo is not other._tzinfo:
                off1 = self.utcoffset()
                off2 = other.utcoffset()
                if (off1 is None) != (off2 is None):
                    raise TypeError("can't subtract offset-naive and offset-aware datetimes")
            days = self.toordinal() - other.toordinal()
            secs = (self._hour - other._hour) * 3600 + (self._minute - other._minute) * 60 + \
                self._second - other._second
            result = _new_delta_normalized(days, secs, self._us - other._us)
            if off1 is not None and off1 != off2:
                result = result - (off1 - off2)
            return result
        if isinstance(other, timedelta):
            return _datetime_plus_delta(self, other, -1)
        return NotImplemented

    def __rsub__(self, other):
        return NotImplemented


datetime.min = _new_datetime(datetime, 1, 1, 1, 0, 0, 0, 0, None, 0)
datetime.max = _new_datetime(datetime, 9999, 12, 31, 23, 59, 59, 999999, None, 0)
datetime.resolution = _new_delta(0, 0, 1)

_EPOCH = _new_datetime(datetime, 1970, 1, 1, 0, 0, 0, 0, timezone.utc, 0)

_C_TYPES = (date, datetime, time, timedelta, timezone, tzinfo, IsoCalendarDate)


# ---------------------------------------------------------------------------------------------------------------
# ISO 8601 parsing (the forms CPython 3.12's fromisoformat accepts)

def _utf8_length(s):
    """The length of s in UTF-8 bytes, which CPython's parser measures (a surrogate pair's two halves: 2 each)."""
    n = 0
    for c in s:
        o = ord(c)
        n += 1 if o < 0x80 else (2 if o < 0x800 or 0xD800 <= o < 0xE000 else (3 if o < 0x10000 else 4))
    return n


def _at(s, i):
    """The character at i, NUL past the end (CPython's parser reads a NUL-terminated string)."""
    return s[i] if i < len(s) else "\0"


def _digits(s, pos, count):
    """The int of count ASCII digits at s[pos:], or None."""
    value = 0
    for i in range(pos, pos + count):
        c = _at(s, i)
        if not "0" <= c <= "9":
            return None
        value = value * 10 + (ord(c) - 48)
    return value


def _parse_isoformat_date(s, length):
    """(year, month, day) of s[:length], the fields unchecked (ISO weeks resolved); ValueError if malformed.
    As CPython's, what follows the last field within length is not looked at."""
    year = _digits(s, 0, 4)
    if year is None:
        raise ValueError("year")
    p = 4
    separated = _at(s, p) == "-"
    if separated:
        p += 1
    if _at(s, p) == "W":
        p += 1
        week = _digits(s, p, 2)
        if week is None:
            raise ValueError("week")
        p += 2
        day = 1
        if p < length:
            if separated:
                if _at(s, p) != "-":
                    raise ValueError("separator")
                p += 1
            day = _digits(s, p, 1)
            if day is None:
                raise ValueError("weekday")
        return _iso_to_ymd(year, week, day)
    month = _digits(s, p, 2)
    if month is None:
        raise ValueError("month")
    p += 2
    if separated:
        if _at(s, p) != "-":
            raise ValueError("separator")
        p += 1
    day = _digits(s, p, 2)
    if day is None:
        raise ValueError("day")
    return year, month, day


def _parse_hh_mm_ss_ff(s, start, end):
    """Reads HH[:MM[:SS[.f]]] or HHMMSS.f from s[start:end]: (status, hour, minute, second, microsecond), status 1
    when something follows the fields (the caller decides), ValueError when malformed."""
    vals = [0, 0, 0]
    p = start
    has_sep = True
    status = None
    for i in range(3):
        v = _digits(s, p, 2)
        if v is None:
            raise ValueError("digits")
        vals[i] = v
        p += 2
        c = _at(s, p)
        p += 1
        if i == 0:
            has_sep = c == ":"
        if p >= end:
            status = 0 if c == "\0" else 1
            break
        if has_sep and c == ":":
            continue
        if c in ".,":
            break
        if not has_sep:
            p -= 1
        else:
            raise ValueError("separator")
    us = 0
    if status is None:
        remaining = end - p
        if remaining <= 0:
            raise ValueError("fraction")
        take = min(remaining, 6)
        us = _digits(s, p, take)
        if us is None:
            raise ValueError("fraction")
        us *= 10 ** (6 - take)
        p += take
        while "0" <= _at(s, p) <= "9":
            p += 1
        status = 0 if _at(s, p) == "\0" else 1
    return status, vals[0], vals[1], vals[2], us


def _parse_isoformat_time(s):
    """(hour, minute, second, microsecond, zone) of a time with an optional zone; zone None or (offset seconds,
    offset microseconds); ValueError when malformed."""
    n = len(s)
    zpos = 0
    while True:
        if _at(s, zpos) in "Z+-":
            break
        zpos += 1
        if zpos >= n:
            break
    status, hh, mm, ss, us = _parse_hh_mm_ss_ff(s, 0, zpos)
    if zpos == n:
        if status == 1:
            raise ValueError("trailing")
        return hh, mm, ss, us, None
    if s[zpos] == "Z":
        if zpos + 1 != n:
            raise ValueError("trailing")
        return hh, mm, ss, us, (0, 0)
    sign = -1 if s[zpos] == "-" else 1
    status, zh, zm, zs, zus = _parse_hh_mm_ss_ff(s, zpos + 1, n)
    if status:
        raise ValueError("zone")
    return hh, mm, ss, us, (sign * (zh * 3600 + zm * 60 + zs), sign * zus)


def _zone_to_tzinfo(zone):
    """The tzinfo of a parsed zone: timezone.utc when its whole seconds are 0 (as CPython's)."""
    if zone is None:
        return None
    seconds, us = zone
    if seconds == 0:
        return timezone.utc
    return timezone(timedelta(seconds=seconds, microseconds=us))


def _find_date_end(s):
    """Where the date part of a datetime string ends (CPython 3.12's _find_isoformat_datetime_separator)."""
    n = len(s)
    if n == 7:
        return 7
    if _at(s, 4) == "-":
        if _at(s, 5) == "W":
            if n < 8:
                return -1
            if n > 8 and s[8] == "-":
                if n == 9:
                    return -1
                if n > 10 and "0" <= s[10] <= "9":
                    return 8
                return 10
            return 8
        return 10
    if _at(s, 4) == "W":
        idx = 7
        while idx < n and "0" <= s[idx] <= "9":
            idx += 1
        if idx < 9:
            return idx
        return 7 if idx % 2 == 0 else 8
    return 8


def _parse_isoformat_datetime(s):
    n = len(s)
    end = _find_date_end(s)
    if end < 0:
        raise ValueError("separator")
    y, m, d = _parse_isoformat_date(s, end)
    if n > end:
        hh, mm, ss, us, zone = _parse_isoformat_time(s[end + 1:])
        return y, m, d, hh, mm, ss, us, zone
    return y, m, d, 0, 0, 0, 0, None
