"""GilGen's multiprocessing.context: the start methods' contexts (fork, spawn, forkserver) and the default one.

Written in Python, as CPython's is (docs/architecture/design.md §5 and §5c). Every process is a worker
interpreter (_interpreters); the start method decides what it starts from:
- fork: a copy of the parent's program state at start() (its main module's globals and its other modules'),
  made by _interpreters.start(..., method='fork'); the main module does not run again and the Process object is
  part of the copy, not pickled (a lambda target works);
- spawn: the main module runs again as __mp_main__, then a pickled copy of the Process object's run();
- forkserver: as spawn. CPython's children are forked from a server process, but in 3.11 and 3.12 the server's
  preload of the main module does not take effect, so each child imports the main module again as __mp_main__
  and gets a pickled copy of the Process object: what user code observes is spawn's, under the forkserver name.
The default is 'fork', as CPython's on Linux (docs/language-support.md says why).
"""

import os
import _interpreters
from multiprocessing import process
from multiprocessing.process import ProcessError, BufferTooShort, TimeoutError, AuthenticationError


class BaseContext(object):
    """What every context has: the module's functions, bound to one start method."""

    ProcessError = ProcessError
    BufferTooShort = BufferTooShort
    TimeoutError = TimeoutError
    AuthenticationError = AuthenticationError

    def get_context(self, method=None):
        if method is None:
            return self
        try:
            return _concrete_contexts[method]
        except KeyError:
            raise ValueError('cannot find context for %r' % method) from None

    def get_start_method(self, allow_none=False):
        return self._name

    def set_start_method(self, method, force=False):
        raise ValueError('cannot set start method of concrete context')

    def get_all_start_methods(self):
        return ['fork', 'spawn', 'forkserver']

    def Pool(self, processes=None, initializer=None, initargs=(), maxtasksperchild=None):
        from multiprocessing.pool import Pool
        return Pool(processes, initializer, initargs, maxtasksperchild, context=self.get_context())

    # The objects processes share, as CPython's BaseContext has them (imported when asked for, as there).
    def Lock(self):
        from multiprocessing.synchronize import Lock
        return Lock()

    def RLock(self):
        from multiprocessing.synchronize import RLock
        return RLock()

    def Semaphore(self, value=1):
        from multiprocessing.synchronize import Semaphore
        return Semaphore(value)

    def BoundedSemaphore(self, value=1):
        from multiprocessing.synchronize import BoundedSemaphore
        return BoundedSemaphore(value)

    def Condition(self, lock=None):
        from multiprocessing.synchronize import Condition
        return Condition(lock)

    def Event(self):
        from multiprocessing.synchronize import Event
        return Event()

    def Barrier(self, parties, action=None, timeout=None):
        from multiprocessing.synchronize import Barrier
        return Barrier(parties, action, timeout)

    def Queue(self, maxsize=0):
        from multiprocessing.queues import Queue
        return Queue(maxsize)

    def JoinableQueue(self, maxsize=0):
        from multiprocessing.queues import JoinableQueue
        return JoinableQueue(maxsize)

    def SimpleQueue(self):
        from multiprocessing.queues import SimpleQueue
        return SimpleQueue()

    def Pipe(self, duplex=True):
        from multiprocessing.connection import Pipe
        return Pipe(duplex)

    def Manager(self):
        from multiprocessing.managers import Manager
        return Manager()

    def Value(self, typecode_or_type, *args, lock=True):
        from multiprocessing.sharedctypes import Value
        return Value(typecode_or_type, *args, lock=lock)

    def Array(self, typecode_or_type, size_or_initializer, *, lock=True):
        from multiprocessing.sharedctypes import Array
        return Array(typecode_or_type, size_or_initializer, lock=lock)

    def RawValue(self, typecode_or_type, *args):
        from multiprocessing.sharedctypes import RawValue
        return RawValue(typecode_or_type, *args)

    def RawArray(self, typecode_or_type, size_or_initializer):
        from multiprocessing.sharedctypes import RawArray
        return RawArray(typecode_or_type, size_or_initializer)

    def cpu_count(self):
        num = os.cpu_count()
        if num is None:
            raise NotImplementedError('cannot determine number of cpus')
        return num

    def current_process(self):
        return process.current_process()

    def parent_process(self):
        return process.parent_process()

    def active_children(self):
        return process.active_children()

    def freeze_support(self):
        """Only does something for a frozen Windows executable: nothing here, as in CPython elsewhere."""


class ForkProcess(process.BaseProcess):
    """A process of the fork context."""
    _start_method = 'fork'


class SpawnProcess(process.BaseProcess):
    """A process of the spawn context."""
    _start_method = 'spawn'


class ForkServerProcess(process.BaseProcess):
    """A process of the forkserver context."""
    _start_method = 'forkserver'


class ForkContext(BaseContext):
    _name = 'fork'
    Process = ForkProcess


class SpawnContext(BaseContext):
    _name = 'spawn'
    Process = SpawnProcess


class ForkServerContext(BaseContext):
    _name = 'forkserver'
    Process = ForkServerProcess


class DefaultContext(BaseContext):
    """The module-level functions' context: the start method set (or, once asked for, the default) names it."""

    Process = process.Process

    def __init__(self, context):
        self._default_context = context
        self._actual_context = None

    def get_context(self, method=None):
        if method is None:
            if self._actual_context is None:
                self._actual_context = self._default_context
            return self._actual_context
        return super().get_context(method)

    def set_start_method(self, method, force=False):
        if self._actual_context is not None and not force:
            raise RuntimeError('context has already been set')
        if method is None and force:
            self._actual_context = None
            return
        self._actual_context = self.get_context(method)

    def get_start_method(self, allow_none=False):
        if self._actual_context is None:
            if allow_none:
                return None
            self._actual_context = self._default_context
        return self._actual_context._name


_concrete_contexts = {
    'fork': ForkContext(),
    'spawn': SpawnContext(),
    'forkserver': ForkServerContext(),
}
_default_context = DefaultContext(_concrete_contexts['fork'])

# A child starts with its parent's start method (a fork child has the parent's memory, where it may not be set yet;
# a spawned child gets the parent's get_start_method() in its preparation data, and keeps it while it re-runs the
# main module). A process whose class names its start method then forces that one (_force_start_method), as
# CPython's _bootstrap does.
if _interpreters.parent_start_method() is not None:
    _default_context._actual_context = _concrete_contexts[_interpreters.parent_start_method()]


def _force_start_method(method):
    _default_context._actual_context = _concrete_contexts[method]


def _parent_start_method(method):
    """What a child started by `method` starts with as its get_start_method() (the parent's, read as CPython reads it)."""
    if method == 'fork':
        # fork(2) copies the default context as it is, set or not.
        return _default_context.get_start_method(allow_none=True)
    # spawn's preparation data holds get_start_method(), which sets the parent's default if it was not set.
    return _default_context.get_start_method()


def _start_method_of(process_obj):
    """The start method a Process object starts by: its class's, else the default context's."""
    method = getattr(type(process_obj), '_start_method', None)
    if method is None:
        method = _default_context.get_context()._name
    return method
