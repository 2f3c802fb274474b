"""GilGen's multiprocessing: processes as isolated interpreters, each with its own GIL, running in parallel.

Written in Python over _interpreters (docs/architecture/design.md §5 and §5c). GilGen starts processes
the way the spawn start method does (the child runs the main module again as __mp_main__, so the
`if __name__ == "__main__":` guard matters); fork and forkserver are not supported yet, nor most of the objects
that processes share directly (Queue, Event, ...): those raise NotImplementedError (docs/language-support.md).
Value, Array, RawValue, RawArray, Lock and RLock are shared (multiprocessing.sharedctypes), Manager() runs a
manager process holding dicts, lists, values, arrays, queues, events, semaphores, conditions and barriers that
proxies reach (multiprocessing.managers), and Pipe() is a pair of connections (multiprocessing.connection).
"""

import os
from multiprocessing.process import (Process, current_process, parent_process, active_children,
                                     ProcessError, BufferTooShort, TimeoutError, AuthenticationError)
from multiprocessing.pool import Pool as _Pool
from multiprocessing import process as _process
from multiprocessing.sharedctypes import Value, Array, RawValue, RawArray
from _sharedctypes import Lock, RLock
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


def _unsupported(name):
    def unsupported(*args, **kwargs):
        raise NotImplementedError(
            "GilGen does not support multiprocessing.%s yet (objects shared between processes)" % name)
    unsupported.__name__ = name
    unsupported.__qualname__ = name
    return unsupported


Queue = _unsupported('Queue')
JoinableQueue = _unsupported('JoinableQueue')
SimpleQueue = _unsupported('SimpleQueue')
Semaphore = _unsupported('Semaphore')
BoundedSemaphore = _unsupported('BoundedSemaphore')
Condition = _unsupported('Condition')
Event = _unsupported('Event')
Barrier = _unsupported('Barrier')


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
