"""GilGen's multiprocessing.synchronize: Lock, RLock, Semaphore, BoundedSemaphore, Condition, Event, Barrier.

The locks and semaphores are _multiprocessing's (C#, as CPython's SemLock is C): every process given one shares it.
Condition, Event and Barrier are written in Python over them, as CPython's are, so they have switch points inside
them as there (docs/architecture/design.md §5c). Each goes to another process only by inheritance (an argument of
Process, a Pool's initargs); anything else raises CPython's RuntimeError.
"""

import sys
import threading
import time
import _multiprocessing
import _sharedctypes
from _multiprocessing import Lock, RLock, Semaphore, BoundedSemaphore, SEM_VALUE_MAX

__all__ = ['Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Condition', 'Event', 'Barrier']


class Condition(object):
    """A condition variable over a process-shared lock (a new RLock unless one is given)."""

    def __init__(self, lock=None, *, ctx=None):
        self._lock = lock or RLock()
        self._sleeping_count = Semaphore(0)
        self._woken_count = Semaphore(0)
        self._wait_semaphore = Semaphore(0)
        self._make_methods()

    def __getstate__(self):
        _multiprocessing.assert_spawning(self)
        return (self._lock, self._sleeping_count, self._woken_count, self._wait_semaphore)

    def __setstate__(self, state):
        (self._lock, self._sleeping_count, self._woken_count, self._wait_semaphore) = state
        self._make_methods()

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def _make_methods(self):
        self.acquire = self._lock.acquire
        self.release = self._lock.release

    def __repr__(self):
        try:
            num_waiters = self._sleeping_count._get_value() - self._woken_count._get_value()
        except Exception:
            num_waiters = 'unknown'
        return '<%s(%s, %s)>' % (self.__class__.__name__, self._lock, num_waiters)

    def wait(self, timeout=None):
        """Releases the lock (all its levels), waits for a notify or the timeout, takes the lock back."""
        assert self._lock._is_mine(), 'must acquire() condition before using wait()'
        # Counted as sleeping before the lock goes, so that a notify made as soon as it goes wakes this one.
        self._sleeping_count.release()
        count = self._lock._count()
        for i in range(count):
            self._lock.release()
        try:
            return self._wait_semaphore.acquire(True, timeout)
        finally:
            self._woken_count.release()
            for i in range(count):
                self._lock.acquire()

    def notify(self, n=1):
        """Wakes up to n of the processes' threads waiting, and waits until they have woken."""
        assert self._lock._is_mine(), 'lock is not owned'
        assert not self._wait_semaphore.acquire(False)
        # Sleepers that timed out since the last notify are woken already: take them off the sleeping count.
        while self._woken_count.acquire(False):
            res = self._sleeping_count.acquire(False)
            assert res, 'notify: Bug in sleeping_count.acquire - res should not be False'
        sleepers = 0
        while sleepers < n and self._sleeping_count.acquire(False):
            self._wait_semaphore.release()
            sleepers += 1
        if sleepers:
            for i in range(sleepers):
                self._woken_count.acquire()
            # A sleeper that timed out meanwhile left its wake-up unused: take it back.
            while self._wait_semaphore.acquire(False):
                pass

    def notify_all(self):
        """Wakes every waiting thread of every process."""
        self.notify(n=sys.maxsize)

    def wait_for(self, predicate, timeout=None):
        """Waits until predicate() is true or the timeout passes; returns its last result."""
        result = predicate()
        if result:
            return result
        if timeout is not None:
            endtime = time.monotonic() + timeout
        else:
            endtime = None
            waittime = None
        while not result:
            if endtime is not None:
                waittime = endtime - time.monotonic()
                if waittime <= 0:
                    break
            self.wait(waittime)
            result = predicate()
        return result


class Event(object):
    """A flag processes set, clear and wait for."""

    def __init__(self, *, ctx=None):
        self._cond = Condition(Lock())
        self._flag = Semaphore(0)

    def is_set(self):
        with self._cond:
            if self._flag.acquire(False):
                self._flag.release()
                return True
            return False

    def set(self):
        with self._cond:
            self._flag.acquire(False)
            self._flag.release()
            self._cond.notify_all()

    def clear(self):
        with self._cond:
            self._flag.acquire(False)

    def wait(self, timeout=None):
        """Waits until the flag is set or the timeout passes; returns the flag."""
        with self._cond:
            if self._flag.acquire(False):
                self._flag.release()
            else:
                self._cond.wait(timeout)
            if self._flag.acquire(False):
                self._flag.release()
                return True
            return False

    def __repr__(self):
        set_status = 'set' if self.is_set() else 'unset'
        return f"<{type(self).__qualname__} at {id(self):#x} {set_status}>"


class Barrier(threading.Barrier):
    """threading.Barrier across processes: its state and count are in shared memory, its condition shared."""

    def __init__(self, parties, action=None, timeout=None, *, ctx=None):
        cond = Condition()
        self.__setstate__((parties, action, timeout, cond, _sharedctypes.raw_array('i', 2)))
        self._state = 0
        self._count = 0

    def __setstate__(self, state):
        (self._parties, self._action, self._timeout, self._cond, self._array) = state

    def __getstate__(self):
        return (self._parties, self._action, self._timeout, self._cond, self._array)

    @property
    def _state(self):
        return self._array[0]

    @_state.setter
    def _state(self, value):
        self._array[0] = value

    @property
    def _count(self):
        return self._array[1]

    @_count.setter
    def _count(self, value):
        self._array[1] = value
