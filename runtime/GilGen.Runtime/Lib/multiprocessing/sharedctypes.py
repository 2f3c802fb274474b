"""GilGen's multiprocessing.sharedctypes: RawValue, RawArray, Value, Array and their Synchronized wrappers.

Written in Python over _sharedctypes (docs/architecture/design.md §5), as CPython's is over ctypes and an mmap:
the memory and the locks are C# objects that every process given them shares (an argument of Process or Pool
hands the other interpreter a handle on the same memory). Typecodes only: GilGen has no ctypes module.
"""

import _multiprocessing
import _sharedctypes

__all__ = ['RawValue', 'RawArray', 'Value', 'Array', 'synchronized',
           'Synchronized', 'SynchronizedArray', 'SynchronizedString']


def RawValue(typecode_or_type, *args):
    """A value in shared memory, without a lock."""
    if len(args) > 1:
        raise TypeError('__init__ expected at most 1 argument, got %d' % len(args))
    return _sharedctypes.raw_value(typecode_or_type, *args)


def RawArray(typecode_or_type, size_or_initializer):
    """An array in shared memory, without a lock: zeroed when given a size, else filled from the initializer."""
    return _sharedctypes.raw_array(typecode_or_type, size_or_initializer)


def Value(typecode_or_type, *args, lock=True, ctx=None):
    """A value in shared memory, wrapped with a lock (a new RLock unless one is given; lock=False: the raw value)."""
    return _locked(RawValue(typecode_or_type, *args), lock, ctx)


def Array(typecode_or_type, size_or_initializer, *, lock=True, ctx=None):
    """An array in shared memory, wrapped with a lock (a new RLock unless one is given; lock=False: the raw array)."""
    return _locked(RawArray(typecode_or_type, size_or_initializer), lock, ctx)


def _locked(obj, lock, ctx):
    # Value's and Array's lock argument: False gives the raw object, True/None a new RLock, else the given lock.
    if lock is False:
        return obj
    if lock in (True, None):
        lock = _multiprocessing.RLock()
    if not hasattr(lock, 'acquire'):
        raise AttributeError("%r has no method 'acquire'" % lock)
    return synchronized(obj, lock, ctx=ctx)


def synchronized(obj, lock=None, ctx=None):
    """obj wrapped so that each access takes the lock."""
    kind = _sharedctypes.kind(obj)
    if kind == 'chars':
        return SynchronizedString(obj, lock, ctx)
    if kind == 'array':
        return SynchronizedArray(obj, lock, ctx)
    return Synchronized(obj, lock, ctx)


class SynchronizedBase(object):

    def __init__(self, obj, lock=None, ctx=None):
        self._obj = obj
        if lock:
            self._lock = lock
        else:
            self._lock = _multiprocessing.RLock()
        self.acquire = self._lock.acquire
        self.release = self._lock.release

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __getstate__(self):
        # As CPython's __reduce__: only a new process may be given it (Process's args, a Pool's initargs).
        _multiprocessing.assert_spawning(self)
        return dict(self.__dict__)

    def get_obj(self):
        return self._obj

    def get_lock(self):
        return self._lock

    def __repr__(self):
        return '<%s wrapper for %s>' % (type(self).__name__, self._obj)


def _locked_property(name):
    def get(self):
        self.acquire()
        try:
            return getattr(self._obj, name)
        finally:
            self.release()

    def set(self, value):
        self.acquire()
        try:
            setattr(self._obj, name, value)
        finally:
            self.release()

    return property(get, set)


class Synchronized(SynchronizedBase):
    value = _locked_property('value')


class SynchronizedArray(SynchronizedBase):

    def __len__(self):
        return len(self._obj)

    def __getitem__(self, i):
        with self:
            return self._obj[i]

    def __setitem__(self, i, value):
        with self:
            self._obj[i] = value


class SynchronizedString(SynchronizedArray):
    value = _locked_property('value')
    raw = _locked_property('raw')
