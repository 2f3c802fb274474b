"""logging's handlers: Handler (the base: level, formatter, filters, and the RLock that handle() holds around
emit), StreamHandler, FileHandler, NullHandler, and the last-resort handler that writes to sys.stderr.

logging.handlers (rotating files, queues, sockets...) is not part of GilGen: `import logging.handlers` is a
compile-time GIL0003.
"""

import os
import sys
import threading
import traceback

from logging._levels import NOTSET, WARNING, getLevelName, _checkLevel, _acquireLock, _releaseLock
from logging._record import LogRecord
from logging._filters import Filterer
import logging._formatter as _formatter

# Handlers by name (Handler.name), as CPython keeps them for logging.config.
_handlers = {}
# Every handler made, for shutdown() (CPython keeps weak references; GilGen has no weakref, so strong ones).
_handlerList = []


def _package_setting(name, default):
    """A setting a program may change on the logging package itself (logging.raiseExceptions,
    logging.lastResort): read from the package when it is imported, else the default."""
    if 'logging' in sys.modules:
        return getattr(sys.modules['logging'], name, default)
    return default


class Handler(Filterer):
    """The base handler: subclasses override emit."""

    __module__ = 'logging'  # as CPython's (the code lives in a submodule)

    def __init__(self, level=NOTSET):
        Filterer.__init__(self)
        self._name = None
        self.level = _checkLevel(level)
        self.formatter = None
        self._closed = False
        _acquireLock()
        try:
            _handlerList.append(self)
        finally:
            _releaseLock()
        self.createLock()

    def get_name(self):
        return self._name

    def set_name(self, name):
        _acquireLock()
        try:
            if self._name in _handlers:
                del _handlers[self._name]
            self._name = name
            if name:
                _handlers[name] = self
        finally:
            _releaseLock()

    name = property(get_name, set_name)

    def createLock(self):
        """The lock that serializes this handler's I/O: a real threading.RLock."""
        self.lock = threading.RLock()

    def acquire(self):
        if self.lock:
            self.lock.acquire()

    def release(self):
        if self.lock:
            self.lock.release()

    def setLevel(self, level):
        self.level = _checkLevel(level)

    def format(self, record):
        """The record as text, by this handler's formatter or the module's default one."""
        if self.formatter:
            fmt = self.formatter
        else:
            fmt = _formatter._defaultFormatter
        return fmt.format(record)

    def emit(self, record):
        raise NotImplementedError('emit must be implemented by Handler subclasses')

    def handle(self, record):
        """Filters the record, then emits it holding the handler's lock; returns the record emitted (or the
        filters' false value)."""
        rv = self.filter(record)
        if isinstance(rv, LogRecord):
            record = rv
        if rv:
            self.acquire()
            try:
                self.emit(record)
            finally:
                self.release()
        return rv

    def setFormatter(self, fmt):
        self.formatter = fmt

    def flush(self):
        pass

    def close(self):
        _acquireLock()
        try:
            self._closed = True
            if self._name and self._name in _handlers:
                del _handlers[self._name]
        finally:
            _releaseLock()

    def handleError(self, record):
        """Reports an exception raised in emit to sys.stderr, as CPython does, when logging.raiseExceptions
        is true. A NotImplementedError (a feature GilGen lacks) is raised again rather than reported, so an
        unsupported feature is never silent."""
        t, v, tb = sys.exc_info()
        if isinstance(v, NotImplementedError):
            raise v
        if _package_setting('raiseExceptions', True) and sys.stderr:
            try:
                sys.stderr.write('--- Logging error ---\n')
                traceback.print_exception(t, v, tb, None, sys.stderr)
                # CPython prints the calling stack here; GilGen does not keep it.
                sys.stderr.write('Call stack:\n')
                try:
                    sys.stderr.write('Message: %r\nArguments: %s\n' % (record.msg, record.args))
                except RecursionError:
                    raise
                except Exception:
                    sys.stderr.write('Unable to print the message and arguments - possible formatting error.\n'
                                     'Use the traceback above to help find the error.\n')
            except OSError:
                pass
            finally:
                del t, v, tb

    def __repr__(self):
        level = getLevelName(self.level)
        return '<%s (%s)>' % (self.__class__.__name__, level)


class StreamHandler(Handler):
    """Writes each record and the terminator to a stream (sys.stderr by default), flushing after each."""

    __module__ = 'logging'  # as CPython's (the code lives in a submodule)

    terminator = '\n'

    def __init__(self, stream=None):
        Handler.__init__(self)
        if stream is None:
            stream = sys.stderr
        self.stream = stream

    def flush(self):
        self.acquire()
        try:
            if self.stream and hasattr(self.stream, "flush"):
                self.stream.flush()
        finally:
            self.release()

    def emit(self, record):
        try:
            msg = self.format(record)
            stream = self.stream
            stream.write(msg + self.terminator)
            self.flush()
        except RecursionError:
            raise
        except Exception:
            self.handleError(record)

    def setStream(self, stream):
        """Replaces the stream (flushing the old one); returns the old one, or None if it is the same."""
        if stream is self.stream:
            result = None
        else:
            result = self.stream
            self.acquire()
            try:
                self.flush()
                self.stream = stream
            finally:
                self.release()
        return result

    def __repr__(self):
        level = getLevelName(self.level)
        name = getattr(self.stream, 'name', '')
        name = str(name)
        if name:
            name += ' '
        return '<%s %s(%s)>' % (self.__class__.__name__, name, level)


class FileHandler(StreamHandler):
    """A StreamHandler on a text file it opens (mode 'a' by default, or on the first record with delay=True)."""

    __module__ = 'logging'  # as CPython's (the code lives in a submodule)

    def __init__(self, filename, mode='a', encoding=None, delay=False, errors=None):
        self.baseFilename = os.path.abspath(filename)
        self.mode = mode
        self.encoding = encoding
        if "b" not in mode and encoding is None:
            # io.text_encoding(None) in CPython 3.12 without UTF-8 mode.
            self.encoding = 'locale'
        self.errors = errors
        self.delay = delay
        if delay:
            Handler.__init__(self)
            self.stream = None
        else:
            StreamHandler.__init__(self, self._open())

    def close(self):
        self.acquire()
        try:
            try:
                if self.stream:
                    try:
                        self.flush()
                    finally:
                        stream = self.stream
                        self.stream = None
                        if hasattr(stream, "close"):
                            stream.close()
            finally:
                StreamHandler.close(self)
        finally:
            self.release()

    def _open(self):
        if "b" in self.mode:
            raise NotImplementedError("GilGen's open() has text files only: FileHandler with a binary mode "
                                      "is not supported yet")
        # GilGen's files are UTF-8; 'locale' is UTF-8 on the systems GilGen runs on.
        encoding = self.encoding
        if encoding is not None and encoding.lower().replace('-', '').replace('_', '') not in ('utf8', 'locale'):
            raise NotImplementedError("GilGen's open() writes UTF-8 only: FileHandler(encoding=%r) is not "
                                      "supported yet" % (encoding,))
        # 'strict' and 'backslashreplace' (basicConfig's) only differ for a lone surrogate, which UTF-8 cannot
        # encode at all; any other error handler is refused.
        if self.errors not in (None, 'strict', 'backslashreplace'):
            raise NotImplementedError("GilGen's open() has no errors= argument: FileHandler(errors=%r) is not "
                                      "supported yet" % (self.errors,))
        return open(self.baseFilename, self.mode)

    def emit(self, record):
        if self.stream is None:
            if self.mode != 'w' or not self._closed:
                self.stream = self._open()
        if self.stream:
            StreamHandler.emit(self, record)

    def __repr__(self):
        level = getLevelName(self.level)
        return '<%s %s (%s)>' % (self.__class__.__name__, self.baseFilename, level)


class NullHandler(Handler):
    """Does nothing: what a library adds to its logger so that no 'last resort' output appears."""

    __module__ = 'logging'  # as CPython's (the code lives in a submodule)

    def handle(self, record):
        pass

    def emit(self, record):
        pass

    def createLock(self):
        self.lock = None

    def _at_fork_reinit(self):
        pass


class _StderrHandler(StreamHandler):
    """A StreamHandler on whatever sys.stderr is at each record (the last resort)."""

    __module__ = 'logging'  # as CPython's (the code lives in a submodule)

    def __init__(self, level=NOTSET):
        Handler.__init__(self, level)

    @property
    def stream(self):
        return sys.stderr


_defaultLastResort = _StderrHandler(WARNING)
lastResort = _defaultLastResort
