"""logging's LogRecord: one event being logged, with the attributes a Formatter reads.

The caller's location comes from the calling frame (sys._getframe), which GilGen knows the code of but not
the line it is at. A record the Logger makes leaves lineno out of its __dict__: reading it (directly or through a
format) raises NotImplementedError naming it. Its pathname, filename, module and funcName are found when first
read, by walking the stack while the logging call still runs (a walk costs microseconds per frame, so a record
nobody reads them from costs none); a record that outlives the call with them unread gets them before the call
returns (Logger._log). A record made with explicit values (LogRecord(...) called by the program,
makeLogRecord) keeps all five.
"""

import collections.abc
import os
import sys
import threading
import time

from logging._levels import getLevelName

# The time the package was imported: relativeCreated counts from here.
_startTime = time.time()

# The switches CPython's module offers for what a record collects.
logThreads = True
logMultiprocessing = True
logProcesses = True
logAsyncioTasks = True

# The caller-location attributes: a record the Logger makes has none in its __dict__ at first (see the
# module's docstring).
_CALLER_FIELDS = ('pathname', 'filename', 'module', 'lineno', 'funcName')

# The records whose logging call is running and whose caller is not found yet: id -> stacklevel (the call
# holds the record, so its id is its own until the call returns).
_pending_callers = {}


def _loaded_module(name):
    """sys.modules.get(name) (GilGen's sys.modules view has no get)."""
    if name in sys.modules:
        return sys.modules[name]
    return None


class _UnknownCaller:
    """Passed by Logger as a record's pathname, lineno and func: found later, or (the line) never."""

    def __repr__(self):
        return '<unknown caller>'


UNKNOWN_CALLER = _UnknownCaller()


def find_caller(record):
    """Sets the record's pathname, filename, module and funcName from the frame that made the logging call, if
    that call still runs; True when they are set."""
    stacklevel = _pending_callers.pop(id(record), None)
    if stacklevel is None:
        return 'funcName' in record.__dict__
    # The innermost Logger._log is the call that made this record; CPython's findCaller walks out from there.
    f = sys._getframe(1)
    while not (f.f_code.co_name == '_log' and _is_logging_frame(f)):
        f = f.f_back
    while stacklevel > 0:
        next_f = f.f_back
        if next_f is None:
            break
        f = next_f
        if not _is_logging_frame(f):
            stacklevel -= 1
    code = f.f_code
    record.__dict__['funcName'] = code.co_name
    _set_path(record, code.co_filename)
    return True


def _is_logging_frame(frame):
    return os.path.dirname(frame.f_code.co_filename) == _srcdir


# The folder of the logging package's modules (CPython's __path__[0]).
_srcdir = os.path.dirname(sys._getframe().f_code.co_filename)


def _set_path(record, pathname):
    d = record.__dict__
    d['pathname'] = pathname
    try:
        d['filename'] = os.path.basename(pathname)
        d['module'] = os.path.splitext(d['filename'])[0]
    except (TypeError, ValueError, AttributeError):
        d['filename'] = pathname
        d['module'] = "Unknown module"


def caller_unsupported(field):
    """The NotImplementedError for a caller-location attribute GilGen cannot know."""
    return NotImplementedError(
        "GilGen does not know the line a running frame is at: the LogRecord attribute %r (the logging call's "
        "location) is not supported yet" % field)


class _CallerField:
    """A non-data descriptor for a caller-location attribute: the instance's own value (set when the record was
    made with one, or found) wins; without one, the caller is found (find_caller), and the line, which cannot be,
    raises NotImplementedError rather than guess."""

    def __init__(self, field):
        self.field = field

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        if self.field != 'lineno' and find_caller(obj):
            return obj.__dict__[self.field]
        raise caller_unsupported(self.field)


class LogRecord(object):
    """One event being logged."""

    __module__ = 'logging'  # as CPython's (the code lives in a submodule)

    pathname = _CallerField('pathname')
    filename = _CallerField('filename')
    module = _CallerField('module')
    lineno = _CallerField('lineno')
    funcName = _CallerField('funcName')

    def __init__(self, name, level, pathname, lineno, msg, args, exc_info, func=None, sinfo=None, **kwargs):
        ct = time.time()
        self.name = name
        self.msg = msg
        # A lone non-empty mapping argument is the mapping for '%(key)s' formats, as in CPython.
        if args and len(args) == 1 and isinstance(args[0], collections.abc.Mapping) and args[0]:
            args = args[0]
        self.args = args
        self.levelname = getLevelName(level)
        self.levelno = level
        if pathname is not UNKNOWN_CALLER:
            _set_path(self, pathname)
        self.exc_info = exc_info
        self.exc_text = None
        self.stack_info = sinfo
        if lineno is not UNKNOWN_CALLER:
            self.lineno = lineno
        if func is not UNKNOWN_CALLER:
            self.funcName = func
        self.created = ct
        self.msecs = int((ct - int(ct)) * 1000) + 0.0
        self.relativeCreated = (self.created - _startTime) * 1000
        if logThreads:
            self.thread = threading.get_ident()
            self.threadName = threading.current_thread().name
        else:
            self.thread = None
            self.threadName = None
        if not logMultiprocessing:
            self.processName = None
        else:
            self.processName = 'MainProcess'
            mp = _loaded_module('multiprocessing')
            if mp is not None:
                try:
                    self.processName = mp.current_process().name
                except Exception:
                    pass
        if logProcesses and hasattr(os, 'getpid'):
            self.process = os.getpid()
        else:
            self.process = None
        self.taskName = None
        if logAsyncioTasks:
            asyncio = _loaded_module('asyncio')
            if asyncio:
                try:
                    self.taskName = asyncio.current_task().get_name()
                except Exception:
                    pass

    def __repr__(self):
        return '<LogRecord: %s, %s, %s, %s, "%s">' % (self.name, self.levelno, self.pathname, self.lineno,
                                                      self.msg)

    def getMessage(self):
        """str(msg), %-formatted with args when there are any."""
        msg = str(self.msg)
        if self.args:
            msg = msg % self.args
        return msg


_logRecordFactory = LogRecord


def setLogRecordFactory(factory):
    """The callable Logger.makeRecord uses to make records."""
    global _logRecordFactory
    _logRecordFactory = factory


def getLogRecordFactory():
    """The callable Logger.makeRecord uses to make records."""
    return _logRecordFactory


def makeLogRecord(dict):
    """A record whose attributes are the dict's (a record that travelled as a dict)."""
    rv = _logRecordFactory(None, None, "", 0, "", (), None, None)
    rv.__dict__.update(dict)
    return rv
