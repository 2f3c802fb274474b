"""GilGen's multiprocessing: processes as isolated interpreters, each with its own GIL, running in parallel.

Written in Python over _interpreters (docs/architecture/design.md §5 and §5c). GilGen starts processes by the
fork (the default, as CPython's on Linux), spawn or forkserver start method (multiprocessing.context); most of
the objects that processes share directly (Queue, Event, ...) are not supported yet: those raise
NotImplementedError (docs/language-support.md).
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
from multiprocessing import context as _context

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


def Pool(processes=None, initializer=None, initargs=(), maxtasksperchild=None):
    """A pool of worker processes (multiprocessing.pool.Pool), started by the default start method."""
    return _Pool(processes, initializer, initargs, maxtasksperchild, context=_context._default_context.get_context())


def get_context(method=None):
    """The context of a start method ('fork', 'spawn' or 'forkserver'); None: the default one's."""
    return _context._default_context.get_context(method)


def get_start_method(allow_none=False):
    """The start method in use: 'fork' unless one was set (None before one is set or asked for, when allow_none is true)."""
    return _context._default_context.get_start_method(allow_none)


def set_start_method(method, force=False):
    """Sets the start method of Process, Pool and the other module-level functions."""
    _context._default_context.set_start_method(method, force)


def get_all_start_methods():
    """The start methods GilGen supports, default first, as CPython lists them on Linux."""
    return _context._default_context.get_all_start_methods()
