"""BaseExceptionGroup and ExceptionGroup (PEP 654), for TaskGroup.

CPython 3.11+ has them as builtins written in C; GilGen's runtime does not have them yet, so asyncio
defines them here, in Python, and puts them in builtins when it is imported (only if builtins lacks
them), so `except ExceptionGroup` works in a program that uses asyncio. `except*` is not supported.
"""

__all__ = ('BaseExceptionGroup', 'ExceptionGroup')

import builtins


def _condition_matcher(condition):
    # An exception type, a tuple of them, or a predicate, as split() and subgroup() take.
    if isinstance(condition, type) and issubclass(condition, BaseException):
        return lambda e: isinstance(e, condition)
    if isinstance(condition, tuple) and all(isinstance(c, type) and issubclass(c, BaseException)
                                            for c in condition):
        return lambda e: isinstance(e, condition)
    if callable(condition) and not isinstance(condition, type):
        return condition
    raise TypeError("expected an exception type, a tuple of exception types, or a callable (other than a class)")


class BaseExceptionGroup(BaseException):
    """A group of exceptions raised together (PEP 654)."""

    def __new__(cls, message, exceptions):
        if not isinstance(message, str):
            raise TypeError(f"BaseExceptionGroup.__new__() argument 1 must be str, not {type(message).__name__}")
        if not isinstance(exceptions, (list, tuple)):
            raise TypeError("second argument (exceptions) must be a sequence")
        if not exceptions:
            raise ValueError("second argument (exceptions) must be a non-empty sequence")
        nested_base = False
        for i, exc in enumerate(exceptions):
            if not isinstance(exc, BaseException):
                raise ValueError(f"Item {i} of second argument (exceptions) is not an exception")
            if not isinstance(exc, Exception):
                nested_base = True
        if cls is BaseExceptionGroup:
            if not nested_base:
                cls = ExceptionGroup
        elif issubclass(cls, Exception) and nested_base:
            if cls is ExceptionGroup:
                raise TypeError("Cannot nest BaseExceptions in an ExceptionGroup")
            raise TypeError(f"Cannot nest BaseExceptions in '{cls.__name__}'")
        # GilGen's BaseException.__new__ takes no arguments when the class has its own __new__: args set here.
        self = BaseException.__new__(cls)
        self.args = (message, exceptions)
        self._message = message
        self._exceptions = tuple(exceptions)
        return self

    def __init__(self, *args):
        BaseException.__init__(self, *args)

    @property
    def message(self):
        """The message given to the constructor."""
        return self._message

    @property
    def exceptions(self):
        """The tuple of the grouped exceptions."""
        return self._exceptions

    def __str__(self):
        n = len(self._exceptions)
        return f"{self._message} ({n} sub-exception{'' if n == 1 else 's'})"

    def derive(self, excs):
        """A group of the same message with other exceptions (split() and subgroup() use it)."""
        return BaseExceptionGroup(self._message, excs)

    def _derive_with_metadata(self, excs):
        group = self.derive(excs)
        group.__cause__ = self.__cause__
        group.__context__ = self.__context__
        group.__traceback__ = self.__traceback__
        notes = getattr(self, '__notes__', None)
        if notes is not None:
            group.__notes__ = list(notes)
        return group

    def split(self, condition):
        """(match, rest): the groups of the exceptions that match condition and of the others (None if empty)."""
        matches = _condition_matcher(condition)
        if matches(self):
            return self, None
        matched = []
        rest = []
        for exc in self._exceptions:
            if isinstance(exc, BaseExceptionGroup):
                m, r = exc.split(matches)
                if m is not None:
                    matched.append(m)
                if r is not None:
                    rest.append(r)
            elif matches(exc):
                matched.append(exc)
            else:
                rest.append(exc)
        match_group = self._derive_with_metadata(matched) if matched else None
        rest_group = self._derive_with_metadata(rest) if rest else None
        return match_group, rest_group

    def subgroup(self, condition):
        """The group of the exceptions that match condition (self when all do), or None."""
        matches = _condition_matcher(condition)
        if matches(self):
            return self
        matched = []
        modified = False
        for exc in self._exceptions:
            if isinstance(exc, BaseExceptionGroup):
                m = exc.subgroup(matches)
                if m is not exc:
                    modified = True
                if m is not None:
                    matched.append(m)
            elif matches(exc):
                matched.append(exc)
            else:
                modified = True
        if not modified:
            return self
        return self._derive_with_metadata(matched) if matched else None


class ExceptionGroup(BaseExceptionGroup, Exception):
    """A group of exceptions that are all Exceptions (PEP 654)."""


BaseExceptionGroup.__module__ = 'builtins'
ExceptionGroup.__module__ = 'builtins'

# One pair of classes per interpreter: when builtins already has them (the runtime's own one day, or the
# ones an earlier import of this module put there, as interpreters in one process share builtins), those
# are the ones TaskGroup raises and `except ExceptionGroup` names.
if hasattr(builtins, 'BaseExceptionGroup'):
    BaseExceptionGroup = builtins.BaseExceptionGroup
    ExceptionGroup = builtins.ExceptionGroup
else:
    builtins.BaseExceptionGroup = BaseExceptionGroup
    builtins.ExceptionGroup = ExceptionGroup
