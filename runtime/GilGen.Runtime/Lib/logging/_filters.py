"""logging's filters: Filter (by logger-name prefix) and Filterer, the base of Logger and Handler that runs a
list of filters (objects with a filter method, or plain callables)."""

from logging._record import LogRecord


class Filter(object):
    """Lets through the records of the named logger and its descendants (all records for an empty name)."""

    __module__ = 'logging'  # as CPython's (the code lives in a submodule)

    def __init__(self, name=''):
        self.name = name
        self.nlen = len(name)

    def filter(self, record):
        if self.nlen == 0:
            return True
        elif self.name == record.name:
            return True
        elif record.name.find(self.name, 0, self.nlen) != 0:
            return False
        return record.name[self.nlen] == "."


class Filterer(object):
    """Keeps a list of filters and asks each in turn."""

    __module__ = 'logging'  # as CPython's (the code lives in a submodule)

    def __init__(self):
        self.filters = []

    def addFilter(self, filter):
        if not (filter in self.filters):
            self.filters.append(filter)

    def removeFilter(self, filter):
        if filter in self.filters:
            self.filters.remove(filter)

    def filter(self, record):
        """False if any filter vetoes the record; else the record, or the LogRecord the last filter that
        returned one put in its place (3.12)."""
        for f in self.filters:
            if hasattr(f, 'filter'):
                result = f.filter(record)
            else:
                result = f(record)
            if not result:
                return False
            if isinstance(result, LogRecord):
                record = result
        return record
