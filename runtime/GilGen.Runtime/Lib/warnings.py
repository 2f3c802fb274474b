"""GilGen's warnings: warn, warn_explicit, the filters and catch_warnings, as CPython 3.12's module.

One difference: warn() finds its caller's frame as CPython's does (sys._getframe, stacklevel and
skip_file_prefixes), so the warning's file, module and registry are CPython's, but GilGen's running frames do not
know their line: the warning is attributed to line 0, "prog.py:0: UserWarning: text", without the source line
CPython prints under it, and the "default" and "module" actions both show a warning once per text and category in
a module (CPython: "default" once per line). warn_explicit() takes the location it is given and is not affected.
"""

import sys

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning", "filterwarnings", "simplefilter",
           "resetwarnings", "catch_warnings"]

_ACTIONS = ("error", "ignore", "always", "default", "module", "once")


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Writes a warning to a file (sys.stderr by default)."""
    msg = WarningMessage(message, category, filename, lineno, file, line)
    _showwarnmsg_impl(msg)


def formatwarning(message, category, filename, lineno, line=None):
    """The text showwarning writes: 'file:line: Category: message' and the source line under it."""
    msg = WarningMessage(message, category, filename, lineno, None, line)
    return _formatwarnmsg_impl(msg)


def _source_line(filename, lineno):
    # linecache.getline's answer: the line of a file that can be read, else ''.
    if lineno < 1:
        return ''
    try:
        with open(filename, encoding='utf-8') as f:
            for number, text in enumerate(f, 1):
                if number == lineno:
                    return text
    except Exception:
        pass
    return ''


def _showwarnmsg_impl(msg):
    file = msg.file
    if file is None:
        file = sys.stderr
        if file is None:
            # No stderr to write to: the warning is lost, as in CPython.
            return
    text = _formatwarnmsg(msg)
    try:
        file.write(text)
    except OSError:
        pass


def _formatwarnmsg_impl(msg):
    s = f"{msg.filename}:{msg.lineno}: {msg.category.__name__}: {msg.message}\n"
    line = msg.line
    if line is None:
        line = _source_line(msg.filename, msg.lineno)
    if line:
        s += "  %s\n" % line.strip()
    return s


_showwarning_orig = showwarning


def _showwarnmsg(msg):
    """Shows a warning through showwarning when a program replaced it, else writes it."""
    sw = showwarning
    if sw is not _showwarning_orig:
        if not callable(sw):
            raise TypeError("warnings.showwarning() must be set to a function or method")
        sw(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
        return
    _showwarnmsg_impl(msg)


_formatwarning_orig = formatwarning


def _formatwarnmsg(msg):
    """The text of a warning, through formatwarning when a program replaced it."""
    fw = formatwarning
    if fw is not _formatwarning_orig:
        return fw(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    return _formatwarnmsg_impl(msg)


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    """Adds a filter: message and module are regular expressions matched at the start of the text and module name."""
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(message, str), "message must be a string"
    assert isinstance(category, type), "category must be a class"
    assert issubclass(category, Warning), "category must be a Warning subclass"
    assert isinstance(module, str), "module must be a string"
    assert isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0"
    if message or module:
        import re
    message = re.compile(message, re.I) if message else None
    module = re.compile(module) if module else None
    _add_filter(action, message, category, module, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Adds a filter that matches every message and module."""
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0"
    _add_filter(action, None, category, None, lineno, append=append)


def _add_filter(*item, append):
    # A filter added again moves to the front; appended, it is added only when not already there.
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _filters_mutated()


def resetwarnings():
    """Removes every filter, the default ones included."""
    filters[:] = []
    _filters_mutated()


class _OptionError(Exception):
    """Exception used by option processing helpers."""


def _filters_mutated():
    # Every registry remembers the version it was filled under and is emptied when the filters changed since.
    global _filters_version
    _filters_version += 1


def _is_internal_frame(frame):
    """A frame of the import machinery, which warn() looks past (CPython's test)."""
    filename = frame.f_code.co_filename
    return 'importlib' in filename and '_bootstrap' in filename


def _next_external_frame(frame, skip_file_prefixes):
    """The next frame out that is neither the import machinery's nor in a file with one of the prefixes."""
    frame = frame.f_back
    while frame is not None and (_is_internal_frame(frame) or
                                 frame.f_code.co_filename.startswith(skip_file_prefixes)):
        frame = frame.f_back
    return frame


def _caller_globals(stacklevel, skip_file_prefixes):
    """(the globals, the file, the line) of the frame stacklevel frames out from warn()'s caller, as CPython's warn()
    finds them: sys's at line 1 when the stack is not that deep. A frame's line is 0: GilGen's running frames do not
    know theirs (see the module's docstring)."""
    try:
        if stacklevel <= 1 or _is_internal_frame(sys._getframe(2)):
            frame = sys._getframe(stacklevel + 1)
        else:
            frame = sys._getframe(2)
            for _ in range(stacklevel - 1):
                frame = _next_external_frame(frame, skip_file_prefixes)
                if frame is None:
                    raise ValueError
    except ValueError:
        return vars(sys), "sys", 1
    return frame.f_globals, frame.f_code.co_filename, 0


def warn(message, category=None, stacklevel=1, source=None, *, skip_file_prefixes=()):
    """Issues a warning, or ignores it, or raises it as an exception, as the filters say."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '{:s}'".format(type(category).__name__))
    if not isinstance(skip_file_prefixes, tuple):
        raise TypeError("skip_file_prefixes must be a tuple of strs")
    if skip_file_prefixes:
        stacklevel = max(2, stacklevel)
    module_globals, filename, lineno = _caller_globals(stacklevel, skip_file_prefixes)
    module = module_globals.get('__name__', "<string>")
    registry = module_globals.setdefault("__warningregistry__", {})
    warn_explicit(message, category, filename, lineno, module, registry, module_globals, source)


def warn_explicit(message, category, filename, lineno, module=None, registry=None, module_globals=None,
                  source=None):
    """Issues a warning attributed to the given file, line and module, with the given registry."""
    lineno = int(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    if registry is None:
        registry = {}
    if registry.get('version', 0) != _filters_version:
        registry.clear()
        registry['version'] = _filters_version
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry.get(key):
        return
    for item in filters:
        action, msg, cat, mod, ln = item
        if ((msg is None or _matches(msg, text)) and issubclass(category, cat)
                and (mod is None or _matches(mod, module)) and (ln == 0 or lineno == ln)):
            break
    else:
        action = defaultaction
    if action == "ignore":
        return
    if action == "error":
        raise message
    if action == "once":
        registry[key] = True
        oncekey = (text, category)
        if onceregistry.get(oncekey):
            return
        onceregistry[oncekey] = True
    elif action == "always":
        pass
    elif action == "module":
        # The module-wide key is read before the line's is set: for warn()'s line 0 (unknown) they are the same key.
        altkey = (text, category, 0)
        shown = registry.get(altkey)
        registry[key] = True
        if shown:
            return
        registry[altkey] = True
    elif action == "default":
        registry[key] = True
    else:
        raise RuntimeError("Unrecognized action (%r) in warnings.filters:\n %s" % (action, item))
    _showwarnmsg(WarningMessage(message, category, filename, lineno, None, None, source))


def _matches(pattern, text):
    # A plain string (the default filter's '__main__') matches exactly; anything else is a compiled pattern.
    if type(pattern) is str:
        return pattern == text
    return pattern.match(text)


class WarningMessage(object):
    """What showwarning is given about one warning: catch_warnings(record=True) collects these."""

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file", "line", "source")

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, line : %r}"
                % (self.message, self._category_name, self.filename, self.lineno, self.line))


class catch_warnings(object):
    """A context manager that restores the filters and showwarning on exit; with record=True it collects the
    warnings shown inside it in the list it returns instead of writing them."""

    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0, append=False):
        self._record = record
        self._module = sys.modules['warnings'] if module is None else module
        self._entered = False
        if action is None:
            self._filter = None
        else:
            self._filter = (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        if self._module is not sys.modules['warnings']:
            args.append("module=%r" % self._module)
        name = type(self).__name__
        return "%s(%s)" % (name, ", ".join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        self._filters = self._module.filters
        self._module.filters = self._filters[:]
        self._module._filters_mutated()
        self._showwarning = self._module.showwarning
        self._showwarnmsg_impl = self._module._showwarnmsg_impl
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []
            self._module._showwarnmsg_impl = log.append
            # A showwarning the program set before is not called while recording.
            self._module.showwarning = self._module._showwarning_orig
            return log
        return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        self._module.filters = self._filters
        self._module._filters_mutated()
        self._module.showwarning = self._showwarning
        self._module._showwarnmsg_impl = self._showwarnmsg_impl


_filters_version = 1
defaultaction = "default"
onceregistry = {}
filters = [
    ("default", None, DeprecationWarning, "__main__", 0),
    ("ignore", None, DeprecationWarning, None, 0),
    ("ignore", None, PendingDeprecationWarning, None, 0),
    ("ignore", None, ImportWarning, None, 0),
    ("ignore", None, ResourceWarning, None, 0),
]
_defaultaction = defaultaction
_onceregistry = onceregistry
