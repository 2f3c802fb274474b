"""GilGen's json.decoder: JSONDecoder, JSONDecodeError and the scanner they use.

CPython 3.12 decodes through its C accelerator _json (scanstring and the scanner); this module is
that scanner written in Python with hand-written loops instead of `re`, so its results, its error
messages ("Invalid control character at", "Invalid \\escape", "Invalid \\uXXXX escape", ...) and the
positions they report are the C scanner's, which is what `json.loads` uses in CPython.
"""

__all__ = ['JSONDecoder', 'JSONDecodeError']

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')


class JSONDecodeError(ValueError):
    """Subclass of ValueError with the following additional properties:

    msg: The unformatted error message
    doc: The JSON document being parsed
    pos: The start index of doc where parsing failed
    lineno: The line corresponding to pos
    colno: The column corresponding to pos

    """
    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


_CONSTANTS = {
    '-Infinity': NegInf,
    'Infinity': PosInf,
    'NaN': NaN,
}

BACKSLASH = {
    '"': '"', '\\': '\\', '/': '/',
    'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t',
}

_HEX = {}
for _i, _c in enumerate('0123456789abcdef'):
    _HEX[_c] = _i
    _HEX[_c.upper()] = _i
del _i, _c

WHITESPACE_STR = ' \t\n\r'
_WS = {' ': True, '\t': True, '\n': True, '\r': True}
_DIGITS = {'0': True, '1': True, '2': True, '3': True, '4': True,
           '5': True, '6': True, '7': True, '8': True, '9': True}


def _hex4(s, pos):
    """The value of the four hex digits at s[pos:pos + 4], or -1 if one is not a hex digit."""
    value = 0
    for k in range(pos, pos + 4):
        digit = _HEX.get(s[k])
        if digit is None:
            return -1
        value = (value << 4) | digit
    return value


def scanstring(s, end, strict=True):
    """Scan the string s for a JSON string. End is the index of the
    character in s after the quote that started the JSON string.
    Unescapes all valid JSON string escape sequences and raises ValueError
    on attempt to decode an invalid string. If strict is False then literal
    control characters are allowed in the string.

    Returns a tuple of the decoded string and the index of the character in s
    after the end quote."""
    if not isinstance(s, str):
        raise TypeError('first argument must be a string, not %.80s' % type(s).__name__)
    n = len(s)
    begin = end - 1
    if end < 0 or n < end:
        raise ValueError('end is out of bounds')
    chunks = []
    _append = chunks.append
    while True:
        nxt = end
        c = ''
        while nxt < n:
            c = s[nxt]
            if c == '"' or c == '\\':
                break
            if c <= '\x1f' and strict:
                raise JSONDecodeError("Invalid control character at", s, nxt)
            nxt += 1
        if nxt >= n:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        if c == '"' and not chunks:
            return s[end:nxt], nxt + 1
        if nxt != end:
            _append(s[end:nxt])
        nxt += 1
        if c == '"':
            end = nxt
            break
        if nxt == n:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        c = s[nxt]
        if c != 'u':
            end = nxt + 1
            char = BACKSLASH.get(c)
            if char is None:
                raise JSONDecodeError("Invalid \\escape", s, end - 2)
        else:
            nxt += 1
            end = nxt + 4
            if end >= n:
                raise JSONDecodeError("Invalid \\uXXXX escape", s, nxt - 1)
            uni = _hex4(s, nxt)
            if uni < 0:
                raise JSONDecodeError("Invalid \\uXXXX escape", s, end - 5)
            nxt = end
            if (0xd800 <= uni <= 0xdbff and end + 6 < n
                    and s[nxt] == '\\' and s[nxt + 1] == 'u'):
                end += 6
                uni2 = _hex4(s, nxt + 2)
                if uni2 < 0:
                    raise JSONDecodeError("Invalid \\uXXXX escape", s, end - 5)
                if 0xdc00 <= uni2 <= 0xdfff:
                    uni = 0x10000 + (((uni - 0xd800) << 10) | (uni2 - 0xdc00))
                else:
                    end -= 6
            char = chr(uni)
        _append(char)
    return ''.join(chunks), end


def _make_scanner(context):
    """The scanner JSONDecoder uses: scan_once(string, idx) returns (value, end) for the JSON value
    at idx, or raises StopIteration(idx) when no value starts there (as _json's scanner does)."""
    strict = bool(context.strict)
    object_hook = context.object_hook
    object_pairs_hook = context.object_pairs_hook
    parse_float = context.parse_float
    parse_int = context.parse_int
    parse_constant = context.parse_constant
    ws = _WS
    digits = _DIGITS

    def match_number(s, start, n):
        idx = start
        end_idx = n - 1
        is_float = False
        if s[idx] == '-':
            idx += 1
            if idx > end_idx:
                raise StopIteration(start)
        c = s[idx]
        if '1' <= c <= '9':
            idx += 1
            while idx <= end_idx and s[idx] in digits:
                idx += 1
        elif c == '0':
            idx += 1
        else:
            raise StopIteration(start)
        if idx < end_idx and s[idx] == '.' and s[idx + 1] in digits:
            is_float = True
            idx += 2
            while idx <= end_idx and s[idx] in digits:
                idx += 1
        if idx < end_idx and (s[idx] == 'e' or s[idx] == 'E'):
            e_start = idx
            idx += 1
            if idx < end_idx and (s[idx] == '-' or s[idx] == '+'):
                idx += 1
            while idx <= end_idx and s[idx] in digits:
                idx += 1
            if s[idx - 1] in digits:
                is_float = True
            else:
                idx = e_start
        if is_float:
            return parse_float(s[start:idx]), idx
        return parse_int(s[start:idx]), idx

    def parse_object(s, idx):
        n = len(s)
        if object_pairs_hook is not None:
            pairs = []
        else:
            pairs = {}
        while idx < n and s[idx] in ws:
            idx += 1
        if idx >= n or s[idx] != '}':
            while True:
                if idx >= n or s[idx] != '"':
                    raise JSONDecodeError("Expecting property name enclosed in double quotes", s, idx)
                key, idx = scanstring(s, idx + 1, strict)
                while idx < n and s[idx] in ws:
                    idx += 1
                if idx >= n or s[idx] != ':':
                    raise JSONDecodeError("Expecting ':' delimiter", s, idx)
                idx += 1
                while idx < n and s[idx] in ws:
                    idx += 1
                # a nested object or array is parsed by a direct call: one frame per level of nesting
                c = s[idx] if idx < n else ''
                if c == '{':
                    value, idx = parse_object(s, idx + 1)
                elif c == '[':
                    value, idx = parse_array(s, idx + 1)
                else:
                    value, idx = scalar(s, idx)
                if object_pairs_hook is not None:
                    pairs.append((key, value))
                else:
                    pairs[key] = value
                while idx < n and s[idx] in ws:
                    idx += 1
                if idx < n and s[idx] == '}':
                    break
                if idx >= n or s[idx] != ',':
                    raise JSONDecodeError("Expecting ',' delimiter", s, idx)
                idx += 1
                while idx < n and s[idx] in ws:
                    idx += 1
        if object_pairs_hook is not None:
            return object_pairs_hook(pairs), idx + 1
        if object_hook is not None:
            return object_hook(pairs), idx + 1
        return pairs, idx + 1

    def parse_array(s, idx):
        n = len(s)
        values = []
        while idx < n and s[idx] in ws:
            idx += 1
        if idx >= n or s[idx] != ']':
            while True:
                c = s[idx] if idx < n else ''
                if c == '[':
                    value, idx = parse_array(s, idx + 1)
                elif c == '{':
                    value, idx = parse_object(s, idx + 1)
                else:
                    value, idx = scalar(s, idx)
                values.append(value)
                while idx < n and s[idx] in ws:
                    idx += 1
                if idx < n and s[idx] == ']':
                    break
                if idx >= n or s[idx] != ',':
                    raise JSONDecodeError("Expecting ',' delimiter", s, idx)
                idx += 1
                while idx < n and s[idx] in ws:
                    idx += 1
        return values, idx + 1

    def scalar(s, idx):
        # any value but an object or an array
        n = len(s)
        if idx >= n:
            raise StopIteration(idx)
        c = s[idx]
        if c == '"':
            return scanstring(s, idx + 1, strict)
        if c == 'n':
            if s[idx:idx + 4] == 'null':
                return None, idx + 4
        elif c == 't':
            if s[idx:idx + 4] == 'true':
                return True, idx + 4
        elif c == 'f':
            if s[idx:idx + 5] == 'false':
                return False, idx + 5
        elif c == 'N':
            if s[idx:idx + 3] == 'NaN':
                return parse_constant('NaN'), idx + 3
        elif c == 'I':
            if s[idx:idx + 8] == 'Infinity':
                return parse_constant('Infinity'), idx + 8
        elif c == '-':
            if s[idx:idx + 9] == '-Infinity':
                return parse_constant('-Infinity'), idx + 9
        return match_number(s, idx, n)

    def scan_once(string, idx):
        if not isinstance(string, str):
            raise TypeError('first argument must be a string, not %.80s' % type(string).__name__)
        if idx < 0:
            raise ValueError('idx cannot be negative')
        c = string[idx] if idx < len(string) else ''
        if c == '{':
            return parse_object(string, idx + 1)
        if c == '[':
            return parse_array(string, idx + 1)
        return scalar(string, idx)

    return scan_once


def _skip_whitespace(s, idx):
    n = len(s)
    ws = _WS
    while idx < n and s[idx] in ws:
        idx += 1
    return idx


def _check_document(s):
    """decode()'s check of its argument (CPython matches a str pattern against it)."""
    if not isinstance(s, str):
        if isinstance(s, (bytes, bytearray)):
            raise TypeError('cannot use a string pattern on a bytes-like object')
        raise TypeError("expected string or bytes-like object, got '%s'" % type(s).__name__)


class JSONDecoder(object):
    """Simple JSON <https://json.org> decoder

    Performs the following translations in decoding by default:

    +---------------+-------------------+
    | JSON          | Python            |
    +===============+===================+
    | object        | dict              |
    +---------------+-------------------+
    | array         | list              |
    +---------------+-------------------+
    | string        | str               |
    +---------------+-------------------+
    | number (int)  | int               |
    +---------------+-------------------+
    | number (real) | float             |
    +---------------+-------------------+
    | true          | True              |
    +---------------+-------------------+
    | false         | False             |
    +---------------+-------------------+
    | null          | None              |
    +---------------+-------------------+

    It also understands ``NaN``, ``Infinity``, and ``-Infinity`` as
    their corresponding ``float`` values, which is outside the JSON spec.

    """

    def __init__(self, *, object_hook=None, parse_float=None,
            parse_int=None, parse_constant=None, strict=True,
            object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.parse_string = scanstring
        self.memo = {}
        self.scan_once = _make_scanner(self)

    def decode(self, s):
        """Return the Python representation of ``s`` (a ``str`` instance
        containing a JSON document).

        """
        _check_document(s)
        obj, end = self.raw_decode(s, idx=_skip_whitespace(s, 0))
        end = _skip_whitespace(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode a JSON document from ``s`` (a ``str`` beginning with
        a JSON document) and return a 2-tuple of the Python
        representation and the index in ``s`` where the document ended.

        This can be used to decode a JSON document from a string that may
        have extraneous data at the end.

        """
        try:
            obj, end = self.scan_once(s, idx)
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", s, err.value) from None
        return obj, end
