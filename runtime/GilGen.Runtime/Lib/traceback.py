"""GilGen's traceback module: extract, format and print tracebacks, as CPython 3.12's does.

Tracebacks print without 3.11's caret lines (GilGen keeps line numbers, not columns). The text itself comes
from the runtime (_traceback), the same code that prints an uncaught exception. The running stack's frames come
from sys._getframe, whose frames know their code and caller but not their line: extract_stack, format_stack,
print_stack and walk_stack reach f_lineno, which raises NotImplementedError saying so. A frame keeps no locals, so
capture_locals raises NotImplementedError too.
"""

import sys
import _traceback

__all__ = ['extract_stack', 'extract_tb', 'format_exception', 'format_exception_only', 'format_list',
           'format_stack', 'format_tb', 'print_exc', 'format_exc', 'print_exception', 'print_list',
           'print_stack', 'print_tb', 'walk_stack', 'walk_tb', 'StackSummary', 'FrameSummary', 'TracebackException']

_sentinel = object()


class FrameSummary:
    """One frame of a traceback: filename, lineno, name and the source line, which also unpack as a 4-tuple."""

    __slots__ = ('filename', 'lineno', 'name', '_line', 'locals', 'end_lineno', 'colno', 'end_colno')

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        if lookup_line:
            self.line
        self.locals = {k: repr(v) for k, v in locals.items()} if locals else None
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno and
                    self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = _traceback.source_line(self.filename, self.lineno)
        return self._line.strip()


def walk_tb(tb):
    """Yields (frame, lineno) for each frame of the traceback, outermost first."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


class StackSummary(list):
    """A list of FrameSummary objects, ready to format."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        # Through a generator expression and a second method, as CPython's: walk_stack(None) counts these frames.
        return klass._extract_from_extended_frame_gen(((f, lineno) for f, lineno in frame_gen), limit=limit,
                                                      lookup_lines=lookup_lines, capture_locals=capture_locals)

    @classmethod
    def _extract_from_extended_frame_gen(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        if capture_locals:
            raise NotImplementedError("GilGen's frames do not keep their locals: capture_locals is not supported")
        frames = list(frame_gen)
        if limit is not None:
            frames = frames[:limit] if limit >= 0 else frames[limit:]
        result = klass()
        for frame, lineno in frames:
            code = frame.f_code
            result.append(FrameSummary(code.co_filename, lineno, code.co_name, lookup_line=lookup_lines))
        return result

    @classmethod
    def from_list(klass, a_list):
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        return _traceback.format_frames([frame_summary])[0]

    def format(self):
        return _traceback.format_frames(self)


def extract_tb(tb, limit=None):
    """The traceback's frames as a StackSummary (the first limit, or the last -limit when negative)."""
    return StackSummary.extract(walk_tb(tb), limit=limit)


def format_list(extracted_list):
    """Formats a list of FrameSummary objects or (filename, lineno, name, line) tuples, a string per frame."""
    return StackSummary.from_list(extracted_list).format()


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def print_list(extracted_list, file=None):
    if file is None:
        file = sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end="")


def print_tb(tb, limit=None, file=None):
    print_list(extract_tb(tb, limit=limit), file=file)


def _parse_value_tb(exc, value, tb):
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is tb is _sentinel:
        if exc is not None:
            if isinstance(exc, BaseException):
                return exc, exc.__traceback__
            raise TypeError(f'Exception expected for value, {type(exc).__name__} found')
        return None, None
    return value, tb


def format_exception(exc, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    """The lines that print_exception prints, each ending in a newline (some hold several lines)."""
    value, tb = _parse_value_tb(exc, value, tb)
    return _traceback.format_exception(value, tb, limit, chain)


def print_exception(exc, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    """Prints the exception, its traceback and the exceptions chained to it, to file or sys.stderr."""
    value, tb = _parse_value_tb(exc, value, tb)
    if file is None:
        file = sys.stderr
    for line in _traceback.format_exception(value, tb, limit, chain):
        print(line, file=file, end="")


def format_exception_only(exc, value=_sentinel):
    """The exception's last line ("TypeName: message") and its notes."""
    if value is _sentinel:
        value = exc
    return _traceback.format_exception_only(value)


def format_exc(limit=None, chain=True):
    """The exception being handled, as print_exc prints it, in one string."""
    return "".join(format_exception(sys.exc_info()[1], limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    """Prints the exception being handled (print_exception of sys.exc_info())."""
    print_exception(sys.exc_info()[1], limit=limit, file=file, chain=chain)


def walk_stack(f):
    """Yields (frame, lineno) for f and each frame that called it; without f, from the frame that called
    StackSummary.extract (CPython's count of frames, kept as it is)."""
    if f is None:
        f = sys._getframe().f_back.f_back.f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def extract_stack(f=None, limit=None):
    """The running stack from f (the caller by default) out, as a StackSummary ordered outermost first."""
    if f is None:
        f = sys._getframe().f_back
    stack = StackSummary.extract(walk_stack(f), limit=limit)
    stack.reverse()
    return stack


def format_stack(f=None, limit=None):
    """extract_stack's frames formatted, a string per frame."""
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def print_stack(f=None, limit=None, file=None):
    """Prints the running stack from f (the caller by default), to file or sys.stderr."""
    if f is None:
        f = sys._getframe().f_back
    print_list(extract_stack(f, limit=limit), file=file)


_cause_message = "\nThe above exception was the direct cause of the following exception:\n\n"

_context_message = "\nDuring handling of the above exception, another exception occurred:\n\n"


def _safe_string(value, what, func=str):
    try:
        return func(value)
    except BaseException:
        return f'<{what} {func.__name__}() failed>'


class TracebackException:
    """An exception captured for formatting later, as CPython 3.12's: its type, its message, its traceback as a
    StackSummary and the exceptions chained to it (__cause__, __context__) captured the same way. It keeps no reference
    to the exception itself.

    The last lines (the type and message, a SyntaxError's source line, the notes) are formatted when the exception is
    captured, by the same code that prints an uncaught exception; an exception group is not supported.
    """

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True,
                 capture_locals=False, compact=False, max_group_width=15, max_group_depth=10, _seen=None):
        if isinstance(exc_value, BaseExceptionGroup):
            raise NotImplementedError("GilGen's traceback.TracebackException does not capture exception groups")
        is_recursive_call = _seen is not None
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self.stack = StackSummary._extract_from_extended_frame_gen(
            walk_tb(exc_traceback), limit=limit, lookup_lines=lookup_lines, capture_locals=capture_locals)
        self.exc_type = exc_type
        self._str = _safe_string(exc_value, 'exception')
        try:
            self.__notes__ = getattr(exc_value, '__notes__', None)
        except Exception as e:
            self.__notes__ = [f'Ignored error getting __notes__: {_safe_string(e, "__notes__", repr)}']
        if exc_type is not None and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            lno = exc_value.lineno
            self.lineno = str(lno) if lno is not None else None
            end_lno = exc_value.end_lineno
            self.end_lineno = str(end_lno) if end_lno is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.end_offset = exc_value.end_offset
            self.msg = exc_value.msg
        self._only = (["%s: %s\n" % (None, self._str)] if exc_type is None
                      else _traceback.format_exception_only(exc_value))
        self.__suppress_context__ = exc_value.__suppress_context__ if exc_value is not None else False
        self.__cause__ = self.__context__ = self.exceptions = None
        if is_recursive_call:
            return
        # The chained exceptions, captured through a queue rather than by recursion, as CPython's.
        queue = [(self, exc_value)]
        while queue:
            te, e = queue.pop()
            if e is not None and e.__cause__ is not None and id(e.__cause__) not in _seen:
                cause = TracebackException(type(e.__cause__), e.__cause__, e.__cause__.__traceback__, limit=limit,
                                           lookup_lines=lookup_lines, capture_locals=capture_locals, _seen=_seen)
            else:
                cause = None
            need_context = cause is None and e is not None and not e.__suppress_context__ if compact else True
            if e is not None and e.__context__ is not None and need_context and id(e.__context__) not in _seen:
                context = TracebackException(type(e.__context__), e.__context__, e.__context__.__traceback__,
                                             limit=limit, lookup_lines=lookup_lines, capture_locals=capture_locals,
                                             _seen=_seen)
            else:
                context = None
            te.__cause__ = cause
            te.__context__ = context
            if cause:
                queue.append((cause, e.__cause__))
            if context:
                queue.append((context, e.__context__))

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        """Captures an exception raised before (its type, itself and its __traceback__)."""
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        """The exception's last line ("TypeName: message"), a SyntaxError's source lines, and its notes."""
        yield from self._only

    def format(self, *, chain=True):
        """The lines print_exception prints: the chained exceptions first, each with its traceback."""
        output = []
        exc = self
        while exc is not None:
            if not chain:
                output.append((None, exc))
                break
            if exc.__cause__ is not None:
                chained_msg, chained_exc = _cause_message, exc.__cause__
            elif exc.__context__ is not None and not exc.__suppress_context__:
                chained_msg, chained_exc = _context_message, exc.__context__
            else:
                chained_msg, chained_exc = None, None
            output.append((chained_msg, exc))
            exc = chained_exc
        for msg, exc in reversed(output):
            if msg is not None:
                yield msg
            if exc.stack:
                yield 'Traceback (most recent call last):\n'
                yield from exc.stack.format()
            yield from exc.format_exception_only()

    def print(self, *, file=None, chain=True):
        """Prints format()'s lines to file or sys.stderr."""
        if file is None:
            file = sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end="")
