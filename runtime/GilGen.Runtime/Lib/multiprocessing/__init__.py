"""GilGen's multiprocessing: processes as isolated interpreters, each with its own GIL, running in parallel.

Written in Python over _interpreters (docs/architecture/design.md §5 and §5c). GilGen starts processes
the way the spawn start method does (the child runs the main module again as __mp_main__, so the
`if __name__ == "__main__":` guard matters); fork and forkserver are not supported yet (docs/language-support.md).
Lock, RLock, Semaphore, BoundedSemaphore, Condition, Event and Barrier (multiprocessing.synchronize), Queue,
JoinableQueue and SimpleQueue (multiprocessing.queues), Value, Array, RawValue and RawArray
(multiprocessing.sharedctypes) are shared by the processes they are given to by inheritance (Process's
arguments, a Pool's initargs; as task arguments they raise CPython's RuntimeError), Manager() runs a
manager process holding dicts, lists, values, arrays, queues, events, semaphores, conditions and barriers that
proxies reach (multiprocessing.managers), and Pipe() is a pair of connections (multiprocessing.connection).
"""

import os
from multiprocessing.process import (Process, current_process, parent_process, active_children,
                                     ProcessError, BufferTooShort, TimeoutError, AuthenticationError)
from multiprocessing.pool import Pool as _Pool
from multiprocessing import process as _process
from multiprocessing.sharedctypes import Value, Array, RawValue, RawArray
from multiprocessing import synchronize as _synchronize
from multiprocessing import queues as _queues
from multiprocessing.managers import Manager
from multiprocessing.connection import Pipe

_start_method = None


def cpu_count():
    """The number of CPUs in the system."""
    num = os.cpu_count()
    if num is None:
        raise NotImplementedError('cannot determine number of cpus')
    return num


def freeze_support():
    """Only does something for a frozen Windows executable: nothing here, as in CPython elsewhere."""


def Lock():
    """A lock every process it is given to shares (multiprocessing.synchronize.Lock)."""
    return _synchronize.Lock()


def RLock():
    """A re-entrant lock every process it is given to shares."""
    return _synchronize.RLock()


def Semaphore(value=1):
    """A semaphore every process it is given to shares."""
    return _synchronize.Semaphore(value)


def BoundedSemaphore(value=1):
    """A semaphore that may not be released above its initial value."""
    return _synchronize.BoundedSemaphore(value)


def Condition(lock=None):
    """A condition variable processes share (over the given lock, or a new RLock)."""
    return _synchronize.Condition(lock)


def Event():
    """A flag processes share."""
    return _synchronize.Event()


def Barrier(parties, action=None, timeout=None):
    """A barrier the threads of several processes wait at."""
    return _synchronize.Barrier(parties, action, timeout)


def Queue(maxsize=0):
    """A queue processes share (multiprocessing.queues.Queue)."""
    return _queues.Queue(maxsize)


def JoinableQueue(maxsize=0):
    """A Queue with task_done() and join()."""
    return _queues.JoinableQueue(maxsize)


def SimpleQueue():
    """A simple unbounded queue processes share."""
    return _queues.SimpleQueue()


def _check_method(method):
    if method in ('fork', 'forkserver'):
        raise NotImplementedError(
            "GilGen does not support the %r start method yet (only 'spawn')" % method)
    if method != 'spawn':
        raise ValueError('cannot find context for %r' % method)


class SpawnContext(object):
    """The spawn context: what GilGen's processes are."""

    _name = 'spawn'
    Process = _process.SpawnProcess
    ProcessError = ProcessError
    BufferTooShort = BufferTooShort
    TimeoutError = TimeoutError
    AuthenticationError = AuthenticationError

    def get_start_method(self, allow_none=False):
        return self._name

    def get_context(self, method=None):
        return get_context(method)

    def set_start_method(self, method, force=False):
        raise ValueError('cannot set start method of concrete context')

    def Pool(self, processes=None, initializer=None, initargs=(), maxtasksperchild=None):
        return _Pool(processes, initializer, initargs, maxtasksperchild, context=self)

    def Lock(self):
        return Lock()

    def RLock(self):
        return RLock()

    def Semaphore(self, value=1):
        return Semaphore(value)

    def BoundedSemaphore(self, value=1):
        return BoundedSemaphore(value)

    def Condition(self, lock=None):
        return Condition(lock)

    def Event(self):
        return Event()

    def Barrier(self, parties, action=None, timeout=None):
        return Barrier(parties, action, timeout)

    def Queue(self, maxsize=0):
        return Queue(maxsize)

    def JoinableQueue(self, maxsize=0):
        return JoinableQueue(maxsize)

    def SimpleQueue(self):
        return SimpleQueue()

    def Pipe(self, duplex=True):
        return Pipe(duplex)

    def Manager(self):
        return Manager()

    def Value(self, typecode_or_type, *args, lock=True):
        return Value(typecode_or_type, *args, lock=lock)

    def Array(self, typecode_or_type, size_or_initializer, *, lock=True):
        return Array(typecode_or_type, size_or_initializer, lock=lock)

    def RawValue(self, typecode_or_type, *args):
        return RawValue(typecode_or_type, *args)

    def RawArray(self, typecode_or_type, size_or_initializer):
        return RawArray(typecode_or_type, size_or_initializer)

    def cpu_count(self):
        return cpu_count()

    def current_process(self):
        return current_process()

    def parent_process(self):
        return parent_process()

    def active_children(self):
        return active_children()

    def __repr__(self):
        return '<multiprocessing.context.SpawnContext object>'


_spawn_context = SpawnContext()


def Pool(processes=None, initializer=None, initargs=(), maxtasksperchild=None):
    """A pool of worker processes (multiprocessing.pool.Pool)."""
    return _Pool(processes, initializer, initargs, maxtasksperchild, context=_spawn_context)


def get_context(method=None):
    """The context of a start method: GilGen has spawn's only."""
    if method is None:
        return _spawn_context
    _check_method(method)
    return _spawn_context


def get_start_method(allow_none=False):
    """The start method in use: 'spawn' (None before one is set when allow_none is true)."""
    if _start_method is None and allow_none:
        return None
    return 'spawn'


def set_start_method(method, force=False):
    """Sets the start method; GilGen has spawn only."""
    global _start_method
    if _start_method is not None and not force:
        raise RuntimeError('context has already been set')
    if method is None and force:
        _start_method = None
        return
    _check_method(method)
    _start_method = method


def get_all_start_methods():
    """The start methods GilGen supports."""
    return ['spawn']
