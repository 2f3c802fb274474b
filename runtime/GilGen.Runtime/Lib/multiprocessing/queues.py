"""GilGen's multiprocessing.queues: Queue, JoinableQueue, SimpleQueue.

Written in Python, as CPython's are, over a _multiprocessing.Channel (C#; CPython's is an OS pipe) and the
process-shared locks and semaphores of multiprocessing.synchronize, so every process given the queue (by
inheritance: an argument of Process, a Pool's initargs) puts into and gets from the same channel. Items are
copied as pickling copies them. One difference: CPython's Queue.put hands the item to a feeder thread, which
pickles it later (an unpicklable item's error is printed by that thread and the item dropped); here put copies it
at once, and an item that cannot be copied has its error printed to stderr and is dropped, put returning as
CPython's does. So a Queue starts no thread, and join_thread/cancel_join_thread have no thread to wait for.
"""

import time
import traceback
from queue import Empty, Full
import _multiprocessing
from multiprocessing.synchronize import Lock, BoundedSemaphore, Semaphore, Condition, SEM_VALUE_MAX

__all__ = ['Queue', 'SimpleQueue', 'JoinableQueue']


class Queue(object):
    """A queue processes share: put/get with block and timeout, queue.Full/queue.Empty."""

    def __init__(self, maxsize=0, *, ctx=None):
        if maxsize <= 0:
            maxsize = SEM_VALUE_MAX
        self._maxsize = maxsize
        self._channel = _multiprocessing.Channel()
        self._rlock = Lock()
        self._sem = BoundedSemaphore(maxsize)
        self._reset()

    def __getstate__(self):
        _multiprocessing.assert_spawning(self)
        return (self._maxsize, self._channel, self._rlock, self._sem)

    def __setstate__(self, state):
        (self._maxsize, self._channel, self._rlock, self._sem) = state
        self._reset()

    def _reset(self):
        self._closed = False
        self._joincancelled = False

    def _send(self, obj):
        try:
            self._channel.send(obj)
        except Exception:
            # What CPython's feeder thread does when pickling fails: the slot is given back, the error printed.
            self._sem.release()
            traceback.print_exc()
            return False
        return True

    def put(self, obj, block=True, timeout=None):
        if self._closed:
            raise ValueError(f"Queue {self!r} is closed")
        if not self._sem.acquire(block, timeout):
            raise Full
        self._send(obj)

    def get(self, block=True, timeout=None):
        if self._closed:
            raise ValueError(f"Queue {self!r} is closed")
        if block and timeout is None:
            with self._rlock:
                res = self._channel.recv()
            self._sem.release()
            return res
        if block:
            deadline = time.monotonic() + timeout
        if not self._rlock.acquire(block, timeout):
            raise Empty
        try:
            res = self._channel.recv(deadline - time.monotonic() if block else 0)
            self._sem.release()
        finally:
            self._rlock.release()
        return res

    def qsize(self):
        return self._maxsize - self._sem._get_value()

    def empty(self):
        return not self._channel.poll()

    def full(self):
        return self._sem._is_zero()

    def get_nowait(self):
        return self.get(False)

    def put_nowait(self, obj):
        return self.put(obj, False)

    def close(self):
        self._closed = True

    def join_thread(self):
        assert self._closed, "Queue {0!r} not closed".format(self)

    def cancel_join_thread(self):
        self._joincancelled = True


class JoinableQueue(Queue):
    """A Queue whose consumers call task_done() for each item got, and whose join() waits for all of them."""

    def __init__(self, maxsize=0, *, ctx=None):
        Queue.__init__(self, maxsize, ctx=ctx)
        self._unfinished_tasks = Semaphore(0)
        self._cond = Condition()

    def __getstate__(self):
        return Queue.__getstate__(self) + (self._cond, self._unfinished_tasks)

    def __setstate__(self, state):
        Queue.__setstate__(self, state[:-2])
        self._cond, self._unfinished_tasks = state[-2:]

    def put(self, obj, block=True, timeout=None):
        if self._closed:
            raise ValueError(f"Queue {self!r} is closed")
        if not self._sem.acquire(block, timeout):
            raise Full
        with self._cond:
            # Counted even when the item cannot be copied, as CPython counts it before its feeder drops it.
            self._send(obj)
            self._unfinished_tasks.release()

    def task_done(self):
        with self._cond:
            if not self._unfinished_tasks.acquire(False):
                raise ValueError('task_done() called too many times')
            if self._unfinished_tasks._is_zero():
                self._cond.notify_all()

    def join(self):
        with self._cond:
            if not self._unfinished_tasks._is_zero():
                self._cond.wait()


class SimpleQueue(object):
    """An unbounded queue processes share: put, get, empty, close."""

    def __init__(self, *, ctx=None):
        self._channel = _multiprocessing.Channel()
        self._rlock = Lock()
        self._closed = False

    def __getstate__(self):
        _multiprocessing.assert_spawning(self)
        return (self._channel, self._rlock)

    def __setstate__(self, state):
        (self._channel, self._rlock) = state
        self._closed = False

    def _check_closed(self):
        if self._closed:
            raise OSError('handle is closed')

    def close(self):
        self._closed = True

    def empty(self):
        self._check_closed()
        return not self._channel.poll()

    def get(self):
        self._check_closed()
        with self._rlock:
            return self._channel.recv()

    def put(self, obj):
        self._check_closed()
        self._channel.send(obj)
