"""logging's Formatter and its three format styles ('%', '{', '$'), with CPython 3.12's validation and errors.

CPython validates formats with regular expressions and string.Formatter.parse, which GilGen lacks; the scanners
here accept and refuse the same formats with the same messages.
"""

import io
import string
import time
import traceback

from logging._record import _CALLER_FIELDS, caller_unsupported, find_caller

BASIC_FORMAT = "%(levelname)s:%(name)s:%(message)s"


def _is_word_char(c):
    return c.isalnum() or c == '_'


def _missing_field(e, values):
    """The error for a KeyError a format raised: NotImplementedError for a caller attribute GilGen cannot know,
    else CPython's ValueError."""
    key = e.args[0] if e.args else None
    if key in _CALLER_FIELDS and key not in values:
        return caller_unsupported(key)
    return ValueError('Formatting field not found in record: %s' % e)


def _has_percent_field(fmt):
    """Whether fmt holds a '%(name)' field with a valid conversion (CPython's validation_pattern search)."""
    n = len(fmt)
    i = fmt.find('%(')
    while i >= 0:
        k = i + 2
        while k < n and _is_word_char(fmt[k]):
            k += 1
        if k > i + 2 and k < n and fmt[k] == ')':
            k += 1
            while k < n and fmt[k] in '#0+ -':
                k += 1
            if k < n and fmt[k] == '*':
                k += 1
            else:
                while k < n and fmt[k].isdigit():
                    k += 1
            if k < n and fmt[k] == '.':
                p = k + 1
                if p < n and fmt[p] == '*':
                    k = p + 1
                elif p < n and fmt[p].isdigit():
                    while p < n and fmt[p].isdigit():
                        p += 1
                    k = p
            if k < n and fmt[k] in 'diouxefgcrsa%':
                return True
        i = fmt.find('%(', i + 1)
    return False


class PercentStyle(object):
    """'%(name)s' formats."""

    __module__ = 'logging'  # as CPython's (the code lives in a submodule)

    default_format = '%(message)s'
    asctime_format = '%(asctime)s'
    asctime_search = '%(asctime)'

    def __init__(self, fmt, *, defaults=None):
        self._fmt = fmt or self.default_format
        self._defaults = defaults
        self._caller_fmt = None
        self._names_caller = False

    def usesTime(self):
        return self._fmt.find(self.asctime_search) >= 0

    def validate(self):
        """ValueError unless the format has at least one field."""
        if not _has_percent_field(self._fmt):
            raise ValueError("Invalid format '%s' for '%s' style" % (self._fmt, self.default_format[0]))

    def _values(self, record):
        # A format that names the caller finds it first (a record's caller is found when first needed). Whether it
        # does is worked out once per format string (a program may assign _fmt).
        if self._caller_fmt is not self._fmt:
            self._caller_fmt = self._fmt
            self._names_caller = any(field in self._fmt for field in _CALLER_FIELDS)
        if self._names_caller and 'funcName' not in record.__dict__:
            find_caller(record)
        defaults = self._defaults
        if defaults:
            return defaults | record.__dict__
        return record.__dict__

    def _format(self, record):
        return self._fmt % self._values(record)

    def format(self, record):
        try:
            return self._format(record)
        except KeyError as e:
            raise _missing_field(e, self._values(record)) from None


def _parse_braces(fmt):
    """(literal, field name, spec, conversion) for each part of a str.format format, as string.Formatter.parse
    yields them, with its errors."""
    parts = []
    n = len(fmt)
    i = 0
    while i < n:
        literal = []
        while i < n:
            c = fmt[i]
            if c == '{':
                if i + 1 < n and fmt[i + 1] == '{':
                    literal.append('{')
                    i += 2
                    continue
                break
            if c == '}':
                if i + 1 < n and fmt[i + 1] == '}':
                    literal.append('}')
                    i += 2
                    continue
                raise ValueError("Single '}' encountered in format string")
            literal.append(c)
            i += 1
        if i >= n:
            parts.append((''.join(literal), None, None, None))
            break
        i += 1
        if i >= n:
            raise ValueError("Single '{' encountered in format string")
        start = i
        depth = 1
        in_brackets = False
        while i < n:
            c = fmt[i]
            if c == '[':
                in_brackets = True
            elif c == ']':
                in_brackets = False
            elif c == '{' and not in_brackets:
                depth += 1
            elif c == '}' and not in_brackets:
                depth -= 1
                if depth == 0:
                    break
            i += 1
        if i >= n:
            raise ValueError("expected '}' before end of string")
        field = fmt[start:i]
        i += 1
        name_end = 0
        in_brackets = False
        while name_end < len(field):
            c = field[name_end]
            if c == '[':
                in_brackets = True
            elif c == ']':
                in_brackets = False
            elif c in ':!' and not in_brackets:
                break
            name_end += 1
        name = field[:name_end]
        rest = field[name_end:]
        conversion = None
        spec = ''
        if rest.startswith('!'):
            if len(rest) < 2:
                raise ValueError("end of string while looking for conversion specifier")
            conversion = rest[1]
            rest = rest[2:]
            if rest and not rest.startswith(':'):
                raise ValueError("expected ':' after conversion specifier")
        if rest.startswith(':'):
            spec = rest[1:]
        parts.append((''.join(literal), name, spec, conversion))
    return parts


def _is_field_name(name):
    """CPython's field_spec: a number or identifier, then '.attr' or '[key]' parts."""
    i = 0
    n = len(name)
    while i < n and _is_word_char(name[i]):
        i += 1
    if i == 0:
        return False
    while i < n:
        if name[i] == '.':
            j = i + 1
            while j < n and _is_word_char(name[j]):
                j += 1
            if j == i + 1:
                return False
            i = j
        elif name[i] == '[':
            j = name.find(']', i + 1)
            if j <= i + 1:
                return False
            i = j + 1
        else:
            return False
    return True


def _skip_width(spec, i):
    """Past an optional width: digits or a '{word}' replacement."""
    n = len(spec)
    if i < n and spec[i] == '{':
        j = i + 1
        while j < n and _is_word_char(spec[j]):
            j += 1
        if j > i + 1 and j < n and spec[j] == '}':
            return j + 1
        return i
    while i < n and spec[i].isdigit():
        i += 1
    return i


def _is_format_spec(spec):
    """CPython's fmt_spec: [[fill]align][sign][#][0][width][,_][.precision][type]."""
    n = len(spec)
    i = 0
    if n >= 2 and spec[1] in '<>=^':
        i = 2
    elif n >= 1 and spec[0] in '<>=^':
        i = 1
    if i < n and spec[i] in '+ -':
        i += 1
    if i < n and spec[i] == '#':
        i += 1
    if i < n and spec[i] == '0':
        i += 1
    i = _skip_width(spec, i)
    if i < n and spec[i] in ',_':
        i += 1
    if i < n and spec[i] == '.':
        j = _skip_width(spec, i + 1)
        if j > i + 1:
            i = j
    if i < n and spec[i].lower() in 'bcdefgnosx%':
        i += 1
    return i == n


class StrFormatStyle(PercentStyle):
    """'{name}' formats (str.format)."""

    __module__ = 'logging'  # as CPython's (the code lives in a submodule)

    default_format = '{message}'
    asctime_format = '{asctime}'
    asctime_search = '{asctime'

    def _format(self, record):
        return self._fmt.format(**self._values(record))

    def validate(self):
        """ValueError for a malformed format or one without fields."""
        fields = set()
        try:
            for _, fieldname, spec, conversion in _parse_braces(self._fmt):
                if fieldname:
                    if not _is_field_name(fieldname):
                        raise ValueError('invalid field name/expression: %r' % fieldname)
                    fields.add(fieldname)
                if conversion and conversion not in 'rsa':
                    raise ValueError('invalid conversion: %r' % conversion)
                if spec and not _is_format_spec(spec):
                    raise ValueError('bad specifier: %r' % spec)
        except ValueError as e:
            raise ValueError('invalid format: %s' % e)
        if not fields:
            raise ValueError('invalid format: no fields')


def _is_template_start(c):
    return c == '_' or ('a' <= c <= 'z') or ('A' <= c <= 'Z')


def _is_template_char(c):
    return _is_template_start(c) or ('0' <= c <= '9')


class StringTemplateStyle(PercentStyle):
    """'$name' formats (string.Template)."""

    __module__ = 'logging'  # as CPython's (the code lives in a submodule)

    default_format = '${message}'
    asctime_format = '${asctime}'
    asctime_search = '${asctime}'

    def __init__(self, *args, **kwargs):
        PercentStyle.__init__(self, *args, **kwargs)
        self._tpl = string.Template(self._fmt)

    def usesTime(self):
        fmt = self._fmt
        return fmt.find('$asctime') >= 0 or fmt.find(self.asctime_search) >= 0

    def validate(self):
        """ValueError for a bare '$' or a format without fields (string.Template's pattern)."""
        fmt = self._fmt
        n = len(fmt)
        fields = set()
        i = fmt.find('$')
        while i >= 0:
            j = i + 1
            if j < n and fmt[j] == '$':
                i = fmt.find('$', j + 1)
                continue
            if j < n and _is_template_start(fmt[j]):
                k = j
                while k < n and _is_template_char(fmt[k]):
                    k += 1
                fields.add(fmt[j:k])
                i = fmt.find('$', k)
                continue
            if j < n and fmt[j] == '{':
                k = j + 1
                if k < n and _is_template_start(fmt[k]):
                    while k < n and _is_template_char(fmt[k]):
                        k += 1
                    if k < n and fmt[k] == '}':
                        fields.add(fmt[j + 1:k])
                        i = fmt.find('$', k + 1)
                        continue
            raise ValueError('invalid format: bare \'$\' not allowed')
        if not fields:
            raise ValueError('invalid format: no fields')

    def _format(self, record):
        return self._tpl.substitute(**self._values(record))


_STYLES = {
    '%': (PercentStyle, BASIC_FORMAT),
    '{': (StrFormatStyle, '{levelname}:{name}:{message}'),
    '$': (StringTemplateStyle, '${levelname}:${name}:${message}'),
}


class Formatter(object):
    """Turns a LogRecord into text: the message, the time if the format uses it, an exception's traceback."""

    __module__ = 'logging'  # as CPython's (the code lives in a submodule)

    converter = time.localtime
    default_time_format = '%Y-%m-%d %H:%M:%S'
    default_msec_format = '%s,%03d'

    def __init__(self, fmt=None, datefmt=None, style='%', validate=True, *, defaults=None):
        if style not in _STYLES:
            raise ValueError('Style must be one of: %s' % ','.join(_STYLES.keys()))
        self._style = _STYLES[style][0](fmt, defaults=defaults)
        if validate:
            self._style.validate()
        self._fmt = self._style._fmt
        self.datefmt = datefmt

    def formatTime(self, record, datefmt=None):
        """record.created as text: time.strftime of the converter's struct_time, with ',%03d' milliseconds
        when no datefmt is given."""
        ct = self.converter(record.created)
        if datefmt:
            s = time.strftime(datefmt, ct)
        else:
            s = time.strftime(self.default_time_format, ct)
            if self.default_msec_format:
                s = self.default_msec_format % (s, record.msecs)
        return s

    def formatException(self, ei):
        """An exc_info tuple as traceback.print_exception writes it, without the last newline."""
        sio = io.StringIO()
        traceback.print_exception(ei[0], ei[1], ei[2], None, sio)
        s = sio.getvalue()
        sio.close()
        if s[-1:] == "\n":
            s = s[:-1]
        return s

    def usesTime(self):
        """Whether the format reads asctime."""
        return self._style.usesTime()

    def formatMessage(self, record):
        return self._style.format(record)

    def formatStack(self, stack_info):
        return stack_info

    def format(self, record):
        """The record as text (sets record.message, and record.asctime when the format uses it)."""
        record.message = record.getMessage()
        if self.usesTime():
            record.asctime = self.formatTime(record, self.datefmt)
        s = self.formatMessage(record)
        if record.exc_info:
            # The traceback text is cached on the record: every handler prints the same.
            if not record.exc_text:
                record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            if s[-1:] != "\n":
                s = s + "\n"
            s = s + record.exc_text
        if record.stack_info:
            if s[-1:] != "\n":
                s = s + "\n"
            s = s + self.formatStack(record.stack_info)
        return s


_defaultFormatter = Formatter()


class BufferingFormatter(object):
    """Formats a batch of records: a header, each record by linefmt, a footer."""

    __module__ = 'logging'  # as CPython's (the code lives in a submodule)

    def __init__(self, linefmt=None):
        if linefmt:
            self.linefmt = linefmt
        else:
            self.linefmt = _defaultFormatter

    def formatHeader(self, records):
        return ""

    def formatFooter(self, records):
        return ""

    def format(self, records):
        rv = ""
        if len(records) > 0:
            rv = rv + self.formatHeader(records)
            for record in records:
                rv = rv + self.linefmt.format(record)
            rv = rv + self.formatFooter(records)
        return rv
