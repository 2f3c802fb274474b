"""strptime for time.strptime and datetime.strptime, in Python as CPython's is.

The format becomes one regular expression (IGNORECASE, a named group per directive, each run of whitespace
matching any run of whitespace); the groups found are then combined into a date: a day of the year or a week
number with a weekday gives the month and day, an ISO year and week give the whole date, and what the format
leaves out defaults to 1900-01-01 00:00:00. Names are the C locale's, as GilGen's strftime writes them, and %Z
knows UTC, GMT and time.tzname.
"""

import time

_WEEKDAYS = ('monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday')
_MONTHS = ('', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
           'october', 'november', 'december')
_AM_PM = ('am', 'pm')

# The C locale's %c, %x and %X, written with the directives that parse them.
_LOCALE_FORMATS = {'c': '%a %b %d %H:%M:%S %Y', 'x': '%m/%d/%y', 'X': '%H:%M:%S'}

_NUMBER_PATTERNS = {
    'd': r'3[01]|[12]\d|0[1-9]|[1-9]| [1-9]',
    'f': r'[0-9]{1,6}',
    'H': r'2[0-3]|[0-1]\d|\d',
    'I': r'1[0-2]|0[1-9]|[1-9]',
    'G': r'\d\d\d\d',
    'j': r'36[0-6]|3[0-5]\d|[12]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9]',
    'm': r'1[0-2]|0[1-9]|[1-9]',
    'M': r'[0-5]\d|\d',
    'S': r'6[0-1]|[0-5]\d|\d',
    'U': r'5[0-3]|[0-4]\d|\d',
    'W': r'5[0-3]|[0-4]\d|\d',
    'w': r'[0-6]',
    'u': r'[1-7]',
    'V': r'5[0-3]|0[1-9]|[1-4]\d|\d',
    'y': r'\d\d',
    'Y': r'\d\d\d\d',
    'z': r'[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z)',
}

_WEEKDAY_DIRECTIVES = "('%A', '%a', '%w', or '%u')"

_cache = {}


def _alternatives(names):
    """A regex alternation of names, longest first so that a name is not cut short by its prefix."""
    import re
    return '|'.join(re.escape(name) for name in sorted(names, key=len, reverse=True) if name)


def _zone_names():
    """(names meaning standard time, names meaning summer time), lowercased, as CPython's LocaleTime keeps them."""
    standard = {'utc', 'gmt', time.tzname[0].lower()}
    summer = {time.tzname[1].lower()} if time.daylight else set()
    return standard, summer


def _directive_pattern(directive):
    if directive in _NUMBER_PATTERNS:
        return '(?P<%s>%s)' % (directive, _NUMBER_PATTERNS[directive])
    names = {
        'A': _WEEKDAYS,
        'a': [day[:3] for day in _WEEKDAYS],
        'B': _MONTHS[1:],
        'b': [month[:3] for month in _MONTHS[1:]],
        'p': _AM_PM,
    }.get(directive)
    if names is not None:
        return '(?P<%s>%s)' % (directive, _alternatives(names))
    if directive == 'Z':
        standard, summer = _zone_names()
        return '(?P<Z>%s)' % _alternatives(standard | summer)
    return None


# The characters CPython escapes in a format's literal text (and a directive after % that is one of them, or
# whitespace, is reported as a bad '%').
_REGEX_CHARS = '\\.^$*+?(){}[]|'


def _pattern(format):
    """The regular expression's text for format, as CPython writes it: regex characters escaped, whitespace runs
    as \\s+, each directive its named group (a directive used twice is re's error, as in CPython 3.12)."""
    out = []
    i = 0
    while i < len(format):
        ch = format[i]
        i += 1
        if ch.isspace():
            while i < len(format) and format[i].isspace():
                i += 1
            out.append(r'\s+')
        elif ch != '%':
            out.append('\\' + ch if ch in _REGEX_CHARS else ch)
        elif i >= len(format):
            raise ValueError("stray %% in format '%s'" % format)
        else:
            directive = format[i]
            i += 1
            if directive == '%':
                pattern = '%'
            elif directive in _LOCALE_FORMATS:
                pattern = _pattern(_LOCALE_FORMATS[directive])
            else:
                pattern = _directive_pattern(directive)
            if pattern is None:
                bad = '%' if directive in _REGEX_CHARS or directive.isspace() else directive
                raise ValueError("'%s' is a bad directive in format '%s'" % (bad, format))
            out.append(pattern)
    return ''.join(out)


def _compiled(format):
    import re
    regex = _cache.get(format)
    if regex is None:
        if len(_cache) > 100:
            _cache.clear()
        regex = _cache[format] = re.compile(_pattern(format), re.IGNORECASE)
    return regex


def _julian_from_week(year, week_of_year, weekday, week_starts_monday):
    """The day of the year of weekday (Monday 0) in week week_of_year of %W (weeks from Monday) or %U (from
    Sunday); week 0 holds the days before the first such day."""
    import datetime
    first_weekday = datetime.date(year, 1, 1).weekday()
    if not week_starts_monday:
        first_weekday = (first_weekday + 1) % 7
        weekday = (weekday + 1) % 7
    week_0_length = (7 - first_weekday) % 7
    if week_of_year == 0:
        return 1 + weekday - first_weekday
    return 1 + week_0_length + 7 * (week_of_year - 1) + weekday


def _offset(text):
    """%z's text as (seconds, microseconds), both with its sign."""
    if text == 'Z' or text == 'z':
        return 0, 0
    z = text
    if z[3] == ':':
        z = z[:3] + z[4:]
        if len(z) > 5:
            if z[5] != ':':
                raise ValueError("Inconsistent use of : in %s" % text)
            z = z[:5] + z[6:]
    seconds = (int(z[1:3]) * 60 + int(z[3:5])) * 60 + int(z[5:7] or 0)
    fraction = z[8:]
    micro = int(fraction + '0' * (6 - len(fraction))) if fraction else 0
    if z[0] == '-':
        return -seconds, -micro
    return seconds, micro


def _strptime(data_string, format="%a %b %d %H:%M:%S %Y"):
    """((year, month, day, hour, minute, second, weekday, yday, isdst, zone name, UTC offset), microsecond,
    the offset's microseconds) of data_string parsed with format."""
    import datetime
    for index, arg in enumerate((data_string, format)):
        if not isinstance(arg, str):
            raise TypeError("strptime() argument {} must be str, not {}".format(index, type(arg)))
    found = _compiled(format).match(data_string)
    if found is None:
        raise ValueError("time data %r does not match format %r" % (data_string, format))
    if found.end() != len(data_string):
        raise ValueError("unconverted data remains: %s" % data_string[found.end():])

    year = iso_year = iso_week = weekday = julian = gmtoff = None
    month = day = 1
    hour = minute = second = fraction = gmtoff_fraction = 0
    isdst = -1
    week_of_year = week_starts_monday = None
    values = found.groupdict()
    for key, text in values.items():
        if key == 'y':
            year = int(text)
            year += 2000 if year <= 68 else 1900
        elif key == 'Y':
            year = int(text)
        elif key == 'G':
            iso_year = int(text)
        elif key == 'm':
            month = int(text)
        elif key == 'B':
            month = _MONTHS.index(text.lower())
        elif key == 'b':
            month = [name[:3] for name in _MONTHS].index(text.lower())
        elif key == 'd':
            day = int(text)
        elif key == 'H':
            hour = int(text)
        elif key == 'I':
            hour = int(text)
            ampm = values.get('p', '').lower()
            if ampm in ('', _AM_PM[0]):
                if hour == 12:
                    hour = 0
            elif hour != 12:
                hour += 12
        elif key == 'M':
            minute = int(text)
        elif key == 'S':
            second = int(text)
        elif key == 'f':
            fraction = int(text + '0' * (6 - len(text)))
        elif key == 'A':
            weekday = _WEEKDAYS.index(text.lower())
        elif key == 'a':
            weekday = [name[:3] for name in _WEEKDAYS].index(text.lower())
        elif key == 'w':
            weekday = (int(text) - 1) % 7
        elif key == 'u':
            weekday = int(text) - 1
        elif key == 'j':
            julian = int(text)
        elif key in ('U', 'W'):
            week_of_year = int(text)
            week_starts_monday = key == 'W'
        elif key == 'V':
            iso_week = int(text)
        elif key == 'z':
            gmtoff, gmtoff_fraction = _offset(text)
        elif key == 'Z':
            zone = text.lower()
            standard, summer = _zone_names()
            ambiguous = time.tzname[0] == time.tzname[1] and time.daylight and zone not in ('utc', 'gmt')
            if not ambiguous:
                isdst = 0 if zone in standard else 1

    # The ISO fields need each other, checked before the year has its default (CPython's order and messages).
    if year is None and iso_year is not None:
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the ISO week directive '%V' and a "
                             "weekday directive " + _WEEKDAY_DIRECTIVES + ".")
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not compatible with ISO year directive '%G'. "
                             "Use '%Y' instead.")
    elif week_of_year is None and iso_week is not None:
        if weekday is None:
            raise ValueError("ISO week directive '%V' must be used with the ISO year directive '%G' and a "
                             "weekday directive " + _WEEKDAY_DIRECTIVES + ".")
        raise ValueError("ISO week directive '%V' is incompatible with the year directive '%Y'. "
                         "Use the ISO year '%G' instead.")

    # February 29th without a year is parsed in a leap year and reported in 1900, as CPython does.
    leap_year_fix = year is None and month == 2 and day == 29
    if year is None:
        year = 1904 if leap_year_fix else 1900

    if julian is None and weekday is not None:
        if week_of_year is not None:
            julian = _julian_from_week(year, week_of_year, weekday, week_starts_monday)
        elif iso_year is not None and iso_week is not None:
            result = datetime.date.fromisocalendar(iso_year, iso_week, weekday + 1)
            year, month, day = result.year, result.month, result.day
        if julian is not None and julian <= 0:
            year -= 1
            julian += 366 if (year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)) else 365

    if julian is None:
        julian = datetime.date(year, month, day).toordinal() - datetime.date(year, 1, 1).toordinal() + 1
    else:
        result = datetime.date.fromordinal(julian - 1 + datetime.date(year, 1, 1).toordinal())
        year, month, day = result.year, result.month, result.day
    if weekday is None:
        weekday = datetime.date(year, month, day).weekday()
    if leap_year_fix:
        year = 1900
    return ((year, month, day, hour, minute, second, weekday, julian, isdst, values.get('Z'), gmtoff),
            fraction, gmtoff_fraction)


def _strptime_time(data_string, format="%a %b %d %H:%M:%S %Y"):
    """time.strptime: a struct_time, with tm_zone and tm_gmtoff."""
    return time.struct_time(_strptime(data_string, format)[0])


def _strptime_datetime(cls, data_string, format="%a %b %d %H:%M:%S %Y"):
    """datetime.strptime: an instance of cls, aware when the format has %z."""
    import datetime
    fields, fraction, gmtoff_fraction = _strptime(data_string, format)
    zone, gmtoff = fields[-2:]
    args = fields[:6] + (fraction,)
    if gmtoff is not None:
        delta = datetime.timedelta(seconds=gmtoff, microseconds=gmtoff_fraction)
        args += (datetime.timezone(delta, zone) if zone else datetime.timezone(delta),)
    return cls(*args)
