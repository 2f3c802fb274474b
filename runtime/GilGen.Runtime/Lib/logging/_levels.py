"""logging's levels: the numeric constants, their names both ways, and the module lock.

Part of GilGen's logging package (docs/architecture/design.md §5: CPython writes logging in Python, so GilGen
does too). One concept per file; logging/__init__.py re-exports the public names.
"""

import threading

CRITICAL = 50
FATAL = CRITICAL
ERROR = 40
WARNING = 30
WARN = WARNING
INFO = 20
DEBUG = 10
NOTSET = 0

# CPython's tables, in CPython's order (getLevelNamesMapping returns a copy of the second).
_levelToName = {
    CRITICAL: 'CRITICAL',
    ERROR: 'ERROR',
    WARNING: 'WARNING',
    INFO: 'INFO',
    DEBUG: 'DEBUG',
    NOTSET: 'NOTSET',
}
_nameToLevel = {
    'CRITICAL': CRITICAL,
    'FATAL': FATAL,
    'ERROR': ERROR,
    'WARN': WARNING,
    'WARNING': WARNING,
    'INFO': INFO,
    'DEBUG': DEBUG,
    'NOTSET': NOTSET,
}

# The module lock: serializes changes to the level tables, the logger hierarchy and basicConfig, as CPython's
# _lock does. Reentrant, since configuration code calls back into code that takes it.
_lock = threading.RLock()


def _acquireLock():
    if _lock:
        _lock.acquire()


def _releaseLock():
    if _lock:
        _lock.release()


def getLevelNamesMapping():
    """A copy of the name -> level table."""
    return _nameToLevel.copy()


def getLevelName(level):
    """The name of a level, or the level of a name (both ways, as CPython keeps for compatibility);
    'Level %s' for anything unknown."""
    name = _levelToName.get(level)
    if name is not None:
        return name
    found = _nameToLevel.get(level)
    if found is not None:
        return found
    return "Level %s" % level


def addLevelName(level, levelName):
    """Names a level (both tables)."""
    _acquireLock()
    try:
        _levelToName[level] = levelName
        _nameToLevel[levelName] = level
    finally:
        _releaseLock()


def _checkLevel(level):
    """A level given as an int or a registered name, as its int; CPython's errors otherwise."""
    if isinstance(level, int):
        return level
    if str(level) == level:
        if level not in _nameToLevel:
            raise ValueError("Unknown level: %r" % level)
        return _nameToLevel[level]
    raise TypeError("Level not an integer or a valid string: %r" % (level,))
