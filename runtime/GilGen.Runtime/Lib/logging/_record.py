"""logging's LogRecord: one event being logged, with the attributes a Formatter reads.

The caller's location comes from the calling frame (sys._getframe), which GilGen knows the code of but not
the line it is at. A record the Logger makes therefore has pathname, filename, module and funcName, and leaves
lineno out of its __dict__: reading it (directly or through a format) raises NotImplementedError naming it. A
record made with explicit values (LogRecord(...) called by the program, makeLogRecord) keeps all five.
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

# The caller-location attributes a record the Logger makes does not have (see the module's docstring).
_UNKNOWN_FIELDS = ('lineno',)


def _loaded_module(name):
    """sys.modules.get(name) (GilGen's sys.modules view has no get)."""
    if name in sys.modules:
        return sys.modules[name]
    return None


class _UnknownLine:
    """Passed by Logger as a record's lineno: the line of the calling frame cannot be had."""

    def __repr__(self):
        return '<unknown line>'


UNKNOWN_LINE = _UnknownLine()


def caller_unsupported(field):
    """The NotImplementedError for a caller-location attribute GilGen cannot know."""
    return NotImplementedError(
        "GilGen does not know the line a running frame is at: the LogRecord attribute %r (the logging call's "
        "location) is not supported yet" % field)


class _UnknownField:
    """A non-data descriptor for a caller-location attribute: the instance's own value (set when the record
    was made with one) wins; without one, reading it raises NotImplementedError rather than guess."""

    def __init__(self, field):
        self.field = field

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        raise caller_unsupported(self.field)


class LogRecord(object):
    """One event being logged."""

    __module__ = 'logging'  # as CPython's (the code lives in a submodule)

    lineno = _UnknownField('lineno')

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
        self.pathname = pathname
        try:
            self.filename = os.path.basename(pathname)
            self.module = os.path.splitext(self.filename)[0]
        except (TypeError, ValueError, AttributeError):
            self.filename = pathname
            self.module = "Unknown module"
        self.exc_info = exc_info
        self.exc_text = None
        self.stack_info = sinfo
        if lineno is not UNKNOWN_LINE:
            self.lineno = lineno
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
