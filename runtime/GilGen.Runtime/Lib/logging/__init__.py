"""The logging package (CPython 3.12's everyday subset), written in Python as CPython's is
(docs/architecture/design.md §5). Each concept is in its own module of this package; this one re-exports them
and holds basicConfig, the module-level logging functions and shutdown.

Not part of GilGen: logging.config and logging.handlers (importing them is a compile-time GIL0003),
and what needs the line a running frame is at (a record's lineno, findCaller, stack_info=True): those raise
NotImplementedError naming the feature.
"""

import sys

from logging._levels import (CRITICAL, FATAL, ERROR, WARNING, WARN, INFO, DEBUG, NOTSET, getLevelName,
                             addLevelName, getLevelNamesMapping, _checkLevel, _lock, _acquireLock,
                             _releaseLock, _levelToName, _nameToLevel)
from logging._record import (LogRecord, makeLogRecord, setLogRecordFactory, getLogRecordFactory, _startTime,
                             logThreads, logMultiprocessing, logProcesses, logAsyncioTasks)
from logging._formatter import (BASIC_FORMAT, PercentStyle, StrFormatStyle, StringTemplateStyle, _STYLES,
                                Formatter, BufferingFormatter, _defaultFormatter)
from logging._filters import Filter, Filterer
from logging._handlers import (Handler, StreamHandler, FileHandler, NullHandler, _StderrHandler,
                               _defaultLastResort, lastResort, _handlers, _handlerList)
from logging._loggers import (PlaceHolder, Manager, Logger, RootLogger, LoggerAdapter, root, getLogger,
                              setLoggerClass, getLoggerClass, disable)

__all__ = ['BASIC_FORMAT', 'BufferingFormatter', 'CRITICAL', 'DEBUG', 'ERROR',
           'FATAL', 'FileHandler', 'Filter', 'Formatter', 'Handler', 'INFO',
           'LogRecord', 'Logger', 'LoggerAdapter', 'NOTSET', 'NullHandler',
           'StreamHandler', 'WARN', 'WARNING', 'addLevelName', 'basicConfig',
           'captureWarnings', 'critical', 'debug', 'disable', 'error',
           'exception', 'fatal', 'getLevelName', 'getLogger', 'getLoggerClass',
           'info', 'log', 'makeLogRecord', 'setLoggerClass', 'shutdown',
           'warn', 'warning', 'getLogRecordFactory', 'setLogRecordFactory',
           'lastResort', 'raiseExceptions', 'getLevelNamesMapping',
           'getHandlerByName', 'getHandlerNames']

# Whether errors inside logging (a bad format, a failing stream) are reported on stderr; Handler.handleError
# and Logger read it from here.
raiseExceptions = True


def getHandlerByName(name):
    """The handler given that name (Handler.name), or None."""
    return _handlers.get(name)


def getHandlerNames():
    """The names of the named handlers."""
    return frozenset(_handlers)


def basicConfig(**kwargs):
    """Gives the root logger a handler (a StreamHandler on stderr, or the stream=, filename= or handlers=
    given) with a Formatter(format, datefmt, style), and sets its level. Does nothing when the root logger
    already has handlers, unless force=True (which closes and removes them first)."""
    _acquireLock()
    try:
        force = kwargs.pop('force', False)
        encoding = kwargs.pop('encoding', None)
        errors = kwargs.pop('errors', 'backslashreplace')
        if force:
            for h in root.handlers[:]:
                root.removeHandler(h)
                h.close()
        if len(root.handlers) == 0:
            handlers = kwargs.pop("handlers", None)
            if handlers is None:
                if "stream" in kwargs and "filename" in kwargs:
                    raise ValueError("'stream' and 'filename' should not be specified together")
            else:
                if "stream" in kwargs or "filename" in kwargs:
                    raise ValueError("'stream' or 'filename' should not be specified together with 'handlers'")
            if handlers is None:
                filename = kwargs.pop("filename", None)
                mode = kwargs.pop("filemode", 'a')
                if filename:
                    if 'b' in mode:
                        errors = None
                    h = FileHandler(filename, mode, encoding=encoding, errors=errors)
                else:
                    stream = kwargs.pop("stream", None)
                    h = StreamHandler(stream)
                handlers = [h]
            dfs = kwargs.pop("datefmt", None)
            style = kwargs.pop("style", '%')
            if style not in _STYLES:
                raise ValueError('Style must be one of: %s' % ','.join(_STYLES.keys()))
            fs = kwargs.pop("format", _STYLES[style][1])
            fmt = Formatter(fs, dfs, style)
            for h in handlers:
                if h.formatter is None:
                    h.setFormatter(fmt)
                root.addHandler(h)
            level = kwargs.pop("level", None)
            if level is not None:
                root.setLevel(level)
            if kwargs:
                keys = ', '.join(kwargs.keys())
                raise ValueError('Unrecognised argument(s): %s' % keys)
    finally:
        _releaseLock()


# The module-level functions log on the root logger, configuring it first (basicConfig()) when it has no
# handler.

def critical(msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()
    root.critical(msg, *args, **kwargs)


def fatal(msg, *args, **kwargs):
    critical(msg, *args, **kwargs)


def error(msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()
    root.error(msg, *args, **kwargs)


def exception(msg, *args, exc_info=True, **kwargs):
    error(msg, *args, exc_info=exc_info, **kwargs)


def warning(msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()
    root.warning(msg, *args, **kwargs)


def warn(msg, *args, **kwargs):
    import warnings
    warnings.warn("The 'warn' function is deprecated, use 'warning' instead", DeprecationWarning, 2)
    warning(msg, *args, **kwargs)


def info(msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()
    root.info(msg, *args, **kwargs)


def debug(msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()
    root.debug(msg, *args, **kwargs)


def log(level, msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()
    root.log(level, msg, *args, **kwargs)


def shutdown(handlerList=_handlerList):
    """Flushes and closes every handler, the newest first; run at exit, as CPython's is, through atexit."""
    for h in reversed(handlerList[:]):
        try:
            if h:
                try:
                    h.acquire()
                    if getattr(h, 'flushOnClose', True):
                        h.flush()
                    h.close()
                except (OSError, ValueError):
                    pass
                finally:
                    h.release()
        except:
            if raiseExceptions:
                raise


import atexit
atexit.register(shutdown)


# warnings.showwarning as it was before captureWarnings(True) replaced it, or None while warnings are not captured.
_warnings_showwarning = None


def _showwarning(message, category, filename, lineno, file=None, line=None):
    """Logs a warning to the 'py.warnings' logger (one given a file goes to that file, as before the capture)."""
    if file is not None:
        if _warnings_showwarning is not None:
            _warnings_showwarning(message, category, filename, lineno, file, line)
    else:
        import warnings
        s = warnings.formatwarning(message, category, filename, lineno, line)
        logger = getLogger("py.warnings")
        if not logger.handlers:
            logger.addHandler(NullHandler())
        logger.warning(str(s))


def captureWarnings(capture):
    """True: warnings go to the 'py.warnings' logger instead of stderr; False: back to warnings.showwarning."""
    global _warnings_showwarning
    import warnings
    if capture:
        if _warnings_showwarning is None:
            _warnings_showwarning = warnings.showwarning
            warnings.showwarning = _showwarning
    else:
        if _warnings_showwarning is not None:
            warnings.showwarning = _warnings_showwarning
            _warnings_showwarning = None
