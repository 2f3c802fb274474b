"""GilGen's multiprocessing: processes as isolated interpreters, each with its own GIL, running in parallel.

Written in Python over _interpreters (docs/architecture/design.md §5 and §5c). GilGen starts processes by the
fork (the default, as CPython's on Linux), spawn or forkserver start method (multiprocessing.context).
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
from multiprocessing import context as _context

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
