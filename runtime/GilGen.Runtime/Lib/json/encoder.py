"""GilGen's json.encoder: JSONEncoder and the string escapers.

CPython 3.12's JSONEncoder, written in Python as CPython's is, with hand-written loops instead of `re`
in the string escapers. CPython's `encode` (and so `dumps`) goes through _json's C encoder when indent
is None; here that case is _make_oneshot_encode, the same text and errors built into one list without
generators, and every other case is CPython's Python encoder, _make_iterencode.
"""

__all__ = ['JSONEncoder']

ESCAPE_DCT = {
    '\\': '\\\\',
    '"': '\\"',
    '\b': '\\b',
    '\f': '\\f',
    '\n': '\\n',
    '\r': '\\r',
    '\t': '\\t',
}
for i in range(0x20):
    ESCAPE_DCT.setdefault(chr(i), '\\u{0:04x}'.format(i))
del i

INFINITY = float('inf')


def _check_str(s):
    if not isinstance(s, str):
        raise TypeError('first argument must be a string, not %.80s' % type(s).__name__)


def py_encode_basestring(s):
    """Return a JSON representation of a Python string

    """
    _check_str(s)
    chunks = ['"']
    start = 0
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        if c == '"' or c == '\\' or c < ' ':
            if start < i:
                chunks.append(s[start:i])
            chunks.append(ESCAPE_DCT[c])
            start = i + 1
        i += 1
    if start == 0:
        return '"' + s + '"'
    if start < n:
        chunks.append(s[start:])
    chunks.append('"')
    return ''.join(chunks)


encode_basestring = py_encode_basestring


def py_encode_basestring_ascii(s):
    """Return an ASCII-only JSON representation of a Python string

    """
    _check_str(s)
    chunks = ['"']
    start = 0
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        if c == '"' or c == '\\' or c < ' ' or c > '~':
            if start < i:
                chunks.append(s[start:i])
            esc = ESCAPE_DCT.get(c)
            if esc is None:
                code = ord(c)
                if code < 0x10000:
                    esc = '\\u{0:04x}'.format(code)
                else:
                    # surrogate pair
                    code -= 0x10000
                    s1 = 0xd800 | ((code >> 10) & 0x3ff)
                    s2 = 0xdc00 | (code & 0x3ff)
                    esc = '\\u{0:04x}\\u{1:04x}'.format(s1, s2)
            chunks.append(esc)
            start = i + 1
        i += 1
    if start == 0:
        return '"' + s + '"'
    if start < n:
        chunks.append(s[start:])
    chunks.append('"')
    return ''.join(chunks)


encode_basestring_ascii = py_encode_basestring_ascii


class JSONEncoder(object):
    """Extensible JSON <https://json.org> encoder for Python data structures.

    Supports the following objects and types by default:

    +-------------------+---------------+
    | Python            | JSON          |
    +===================+===============+
    | dict              | object        |
    +-------------------+---------------+
    | list, tuple       | array         |
    +-------------------+---------------+
    | str               | string        |
    +-------------------+---------------+
    | int, float        | number        |
    +-------------------+---------------+
    | True              | true          |
    +-------------------+---------------+
    | False             | false         |
    +-------------------+---------------+
    | None              | null          |
    +-------------------+---------------+

    To extend this to recognize other objects, subclass and implement a
    ``.default()`` method with another method that returns a serializable
    object for ``o`` if possible, otherwise it should call the superclass
    implementation (to raise ``TypeError``).

    """
    item_separator = ', '
    key_separator = ': '
    def __init__(self, *, skipkeys=False, ensure_ascii=True,
            check_circular=True, allow_nan=True, sort_keys=False,
            indent=None, separators=None, default=None):
        """Constructor for JSONEncoder, with sensible defaults (see CPython's documentation)."""

        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Implement this method in a subclass such that it returns
        a serializable object for ``o``, or calls the base implementation
        (to raise a ``TypeError``).

        """
        raise TypeError(f'Object of type {o.__class__.__name__} '
                        f'is not JSON serializable')

    def encode(self, o):
        """Return a JSON string representation of a Python data structure.

        >>> from json.encoder import JSONEncoder
        >>> JSONEncoder().encode({"foo": ["bar", "baz"]})
        '{"foo": ["bar", "baz"]}'

        """
        # This is for extremely simple cases and benchmarks.
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            else:
                return encode_basestring(o)
        # This doesn't pass the iterator directly to ''.join() because the
        # exceptions aren't as detailed.  The list call should be roughly
        # equivalent to the PySequence_Fast that ''.join() would do.
        chunks = self.iterencode(o, _one_shot=True)
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)
        return ''.join(chunks)

    def iterencode(self, o, _one_shot=False):
        """Encode the given object and yield each string
        representation as available.

        For example::

            for chunk in JSONEncoder().iterencode(bigobject):
                mysocket.write(chunk)

        """
        if self.check_circular:
            markers = {}
        else:
            markers = None
        if self.ensure_ascii:
            _encoder = encode_basestring_ascii
        else:
            _encoder = encode_basestring

        def floatstr(o, allow_nan=self.allow_nan,
                _repr=float.__repr__, _inf=INFINITY, _neginf=-INFINITY):
            # Check for specials.  Note that this type of test is processor
            # and/or platform-specific, so do tests which don't depend on the
            # internals.

            if o != o:
                text = 'NaN'
            elif o == _inf:
                text = 'Infinity'
            elif o == _neginf:
                text = '-Infinity'
            else:
                return _repr(o)

            if not allow_nan:
                raise ValueError(
                    "Out of range float values are not JSON compliant: " +
                    repr(o))

            return text

        if _one_shot and self.indent is None:
            # CPython's c_make_encoder case: the whole text at once, as a 1-tuple
            _encode = _make_oneshot_encode(
                markers, self.default, _encoder, floatstr,
                self.key_separator, self.item_separator, self.sort_keys,
                self.skipkeys)
            return _encode(o)
        _iterencode = _make_iterencode(
            markers, self.default, _encoder, self.indent, floatstr,
            self.key_separator, self.item_separator, self.sort_keys,
            self.skipkeys, _one_shot)
        return _iterencode(o, 0)


def _key_text(key, floatstr, intstr, skipkeys):
    """A dict key as the JSON text of an object's key, as both encoders write it: a str as it is; a float, True, False,
    None or an int as its JSON value (JavaScript is weakly typed for these, so the encoders allow them); None when
    skipkeys skips any other key, else TypeError."""
    if isinstance(key, str):
        return key
    if isinstance(key, float):
        return floatstr(key)
    if key is True:
        return 'true'
    if key is False:
        return 'false'
    if key is None:
        return 'null'
    if isinstance(key, int):
        return intstr(key)
    if skipkeys:
        return None
    raise TypeError(f'keys must be str, int, float, bool or None, '
                    f'not {key.__class__.__name__}')


def _make_oneshot_encode(markers, _default, _encoder, _floatstr,
        _key_separator, _item_separator, _sort_keys, _skipkeys,
        _intstr=int.__repr__):
    """What CPython's C encoder (_json.make_encoder) does for encode() without an indent: the same text and
    errors as _make_iterencode's, appended to one list by plain recursive calls instead of through
    generators (one frame per level of nesting)."""

    def encode_list(lst, out):
        if not lst:
            out.append('[]')
            return
        if markers is not None:
            markerid = id(lst)
            if markerid in markers:
                raise ValueError("Circular reference detected")
            markers[markerid] = lst
        out.append('[')
        first = True
        for value in lst:
            if first:
                first = False
            else:
                out.append(_item_separator)
            if isinstance(value, str):
                out.append(_encoder(value))
            elif value is None:
                out.append('null')
            elif value is True:
                out.append('true')
            elif value is False:
                out.append('false')
            elif isinstance(value, int):
                out.append(_intstr(value))
            elif isinstance(value, float):
                out.append(_floatstr(value))
            elif isinstance(value, (list, tuple)):
                encode_list(value, out)
            elif isinstance(value, dict):
                encode_dict(value, out)
            else:
                encode_other(value, out)
        out.append(']')
        if markers is not None:
            del markers[markerid]

    def encode_dict(dct, out):
        if not dct:
            out.append('{}')
            return
        if markers is not None:
            markerid = id(dct)
            if markerid in markers:
                raise ValueError("Circular reference detected")
            markers[markerid] = dct
        out.append('{')
        first = True
        if _sort_keys:
            items = sorted(dct.items())
        else:
            items = dct.items()
        for key, value in items:
            key = _key_text(key, _floatstr, _intstr, _skipkeys)
            if key is None:
                continue
            if first:
                first = False
            else:
                out.append(_item_separator)
            out.append(_encoder(key))
            out.append(_key_separator)
            if isinstance(value, str):
                out.append(_encoder(value))
            elif value is None:
                out.append('null')
            elif value is True:
                out.append('true')
            elif value is False:
                out.append('false')
            elif isinstance(value, int):
                out.append(_intstr(value))
            elif isinstance(value, float):
                out.append(_floatstr(value))
            elif isinstance(value, (list, tuple)):
                encode_list(value, out)
            elif isinstance(value, dict):
                encode_dict(value, out)
            else:
                encode_other(value, out)
        out.append('}')
        if markers is not None:
            del markers[markerid]

    def encode_other(o, out):
        # an object only default() can turn into JSON
        if markers is not None:
            markerid = id(o)
            if markerid in markers:
                raise ValueError("Circular reference detected")
            markers[markerid] = o
        o = _default(o)
        if isinstance(o, str):
            out.append(_encoder(o))
        elif o is None:
            out.append('null')
        elif o is True:
            out.append('true')
        elif o is False:
            out.append('false')
        elif isinstance(o, int):
            out.append(_intstr(o))
        elif isinstance(o, float):
            out.append(_floatstr(o))
        elif isinstance(o, (list, tuple)):
            encode_list(o, out)
        elif isinstance(o, dict):
            encode_dict(o, out)
        else:
            encode_other(o, out)
        if markers is not None:
            del markers[markerid]

    def encode(o):
        out = []
        if isinstance(o, str):
            out.append(_encoder(o))
        elif o is None:
            out.append('null')
        elif o is True:
            out.append('true')
        elif o is False:
            out.append('false')
        elif isinstance(o, int):
            out.append(_intstr(o))
        elif isinstance(o, float):
            out.append(_floatstr(o))
        elif isinstance(o, (list, tuple)):
            encode_list(o, out)
        elif isinstance(o, dict):
            encode_dict(o, out)
        else:
            encode_other(o, out)
        return (''.join(out),)

    return encode

def _make_iterencode(markers, _default, _encoder, _indent, _floatstr,
        _key_separator, _item_separator, _sort_keys, _skipkeys, _one_shot,
        _intstr=int.__repr__,
    ):

    if _indent is not None and not isinstance(_indent, str):
        _indent = ' ' * _indent

    def _iterencode_list(lst, _current_indent_level):
        if not lst:
            yield '[]'
            return
        if markers is not None:
            markerid = id(lst)
            if markerid in markers:
                raise ValueError("Circular reference detected")
            markers[markerid] = lst
        buf = '['
        if _indent is not None:
            _current_indent_level += 1
            newline_indent = '\n' + _indent * _current_indent_level
            separator = _item_separator + newline_indent
            buf += newline_indent
        else:
            newline_indent = None
            separator = _item_separator
        first = True
        for value in lst:
            if first:
                first = False
            else:
                buf = separator
            if isinstance(value, str):
                yield buf + _encoder(value)
            elif value is None:
                yield buf + 'null'
            elif value is True:
                yield buf + 'true'
            elif value is False:
                yield buf + 'false'
            elif isinstance(value, int):
                # Subclasses of int/float may override __repr__, but we still
                # want to encode them as integers/floats in JSON.
                yield buf + _intstr(value)
            elif isinstance(value, float):
                # see comment above for int
                yield buf + _floatstr(value)
            else:
                yield buf
                if isinstance(value, (list, tuple)):
                    chunks = _iterencode_list(value, _current_indent_level)
                elif isinstance(value, dict):
                    chunks = _iterencode_dict(value, _current_indent_level)
                else:
                    chunks = _iterencode(value, _current_indent_level)
                yield from chunks
        if newline_indent is not None:
            _current_indent_level -= 1
            yield '\n' + _indent * _current_indent_level
        yield ']'
        if markers is not None:
            del markers[markerid]

    def _iterencode_dict(dct, _current_indent_level):
        if not dct:
            yield '{}'
            return
        if markers is not None:
            markerid = id(dct)
            if markerid in markers:
                raise ValueError("Circular reference detected")
            markers[markerid] = dct
        yield '{'
        if _indent is not None:
            _current_indent_level += 1
            newline_indent = '\n' + _indent * _current_indent_level
            item_separator = _item_separator + newline_indent
            yield newline_indent
        else:
            newline_indent = None
            item_separator = _item_separator
        first = True
        if _sort_keys:
            items = sorted(dct.items())
        else:
            items = dct.items()
        for key, value in items:
            key = _key_text(key, _floatstr, _intstr, _skipkeys)
            if key is None:
                continue
            if first:
                first = False
            else:
                yield item_separator
            yield _encoder(key)
            yield _key_separator
            if isinstance(value, str):
                yield _encoder(value)
            elif value is None:
                yield 'null'
            elif value is True:
                yield 'true'
            elif value is False:
                yield 'false'
            elif isinstance(value, int):
                # see comment for int/float in _make_iterencode
                yield _intstr(value)
            elif isinstance(value, float):
                # see comment for int/float in _make_iterencode
                yield _floatstr(value)
            else:
                if isinstance(value, (list, tuple)):
                    chunks = _iterencode_list(value, _current_indent_level)
                elif isinstance(value, dict):
                    chunks = _iterencode_dict(value, _current_indent_level)
                else:
                    chunks = _iterencode(value, _current_indent_level)
                yield from chunks
        if newline_indent is not None:
            _current_indent_level -= 1
            yield '\n' + _indent * _current_indent_level
        yield '}'
        if markers is not None:
            del markers[markerid]

    def _iterencode(o, _current_indent_level):
        if isinstance(o, str):
            yield _encoder(o)
        elif o is None:
            yield 'null'
        elif o is True:
            yield 'true'
        elif o is False:
            yield 'false'
        elif isinstance(o, int):
            # see comment for int/float in _make_iterencode
            yield _intstr(o)
        elif isinstance(o, float):
            # see comment for int/float in _make_iterencode
            yield _floatstr(o)
        elif isinstance(o, (list, tuple)):
            yield from _iterencode_list(o, _current_indent_level)
        elif isinstance(o, dict):
            yield from _iterencode_dict(o, _current_indent_level)
        else:
            if markers is not None:
                markerid = id(o)
                if markerid in markers:
                    raise ValueError("Circular reference detected")
                markers[markerid] = o
            o = _default(o)
            yield from _iterencode(o, _current_indent_level)
            if markers is not None:
                del markers[markerid]
    return _iterencode
