"""GilGen's concurrent.futures.thread: ThreadPoolExecutor.

Written in Python, as CPython's is (docs/architecture/design.md §5). Workers are non-daemon threads
that take work items from a SimpleQueue; a None in the queue tells one worker to look at whether the
pool (or the interpreter) is shutting down. When the main module ends, the threading atexit hook below
wakes every worker and joins it, as CPython's does.
"""

from concurrent.futures import _base
import itertools
import os
import queue
import threading

# thread -> its pool's work queue, for every worker still alive (CPython keeps a WeakKeyDictionary;
# here each worker takes itself out when it ends).
_threads_queues = {}
_shutdown = False
# Taken with each pool's own lock by submit(): no work item is added once _python_exit has started.
_global_shutdown_lock = threading.Lock()


def _python_exit():
    global _shutdown
    with _global_shutdown_lock:
        _shutdown = True
    items = list(_threads_queues.items())
    for t, q in items:
        q.put(None)
    for t, q in items:
        t.join()


threading._register_atexit(_python_exit)


class _WorkItem(object):
    """One submitted call and the future it completes."""

    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        if not self.future.set_running_or_notify_cancel():
            return

        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:
            self.future.set_exception(exc)
            # The exception's traceback refers to this frame: break the cycle.
            self = None
        else:
            self.future.set_result(result)


def _worker(executor, work_queue, initializer, initargs):
    try:
        if initializer is not None:
            try:
                initializer(*initargs)
            except BaseException:
                _base._log_exception('Exception in initializer:')
                executor._initializer_failed()
                return
        try:
            while True:
                work_item = work_queue.get(block=True)
                if work_item is not None:
                    work_item.run()
                    del work_item
                    # One more idle worker: the next submit() need not start a thread.
                    executor._idle_semaphore.release()
                    continue

                # None: the pool or the interpreter is shutting down. Pass the None on so that the
                # other workers wake up too.
                if _shutdown or executor._shutdown:
                    executor._shutdown = True
                    work_queue.put(None)
                    return
        except BaseException:
            _base._log_exception('Exception in worker')
    finally:
        _threads_queues.pop(threading.current_thread(), None)


class BrokenThreadPool(_base.BrokenExecutor):
    """Raised when a worker thread of a ThreadPoolExecutor failed to initialize."""


class ThreadPoolExecutor(_base.Executor):
    """An executor that runs each call on one of at most max_workers threads."""

    # The N of the thread names "ThreadPoolExecutor-N_M": one number per pool.
    _counter = itertools.count()

    def __init__(self, max_workers=None, thread_name_prefix='',
                 initializer=None, initargs=()):
        """max_workers: the most threads (default min(32, os.cpu_count() + 4)); thread_name_prefix: the
        start of the threads' names; initializer(*initargs) runs first in each worker thread."""
        if max_workers is None:
            # At most 32 threads, and 4 more than CPUs for I/O-bound work.
            max_workers = min(32, (os.cpu_count() or 1) + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")

        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")

        self._max_workers = max_workers
        self._work_queue = queue.SimpleQueue()
        self._idle_semaphore = threading.Semaphore(0)
        self._threads = set()
        self._broken = False
        self._shutdown = False
        self._shutdown_lock = threading.Lock()
        self._thread_name_prefix = (thread_name_prefix or
                                    ("ThreadPoolExecutor-%d" % next(ThreadPoolExecutor._counter)))
        self._initializer = initializer
        self._initargs = initargs

    def submit(self, fn, /, *args, **kwargs):
        with self._shutdown_lock, _global_shutdown_lock:
            if self._broken:
                raise BrokenThreadPool(self._broken)

            if self._shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _shutdown:
                raise RuntimeError('cannot schedule new futures after '
                                   'interpreter shutdown')

            f = _base.Future()
            w = _WorkItem(f, fn, args, kwargs)

            self._work_queue.put(w)
            self._adjust_thread_count()
            return f
    submit.__doc__ = _base.Executor.submit.__doc__

    def _adjust_thread_count(self):
        # An idle worker takes the new item: no new thread.
        if self._idle_semaphore.acquire(timeout=0):
            return

        num_threads = len(self._threads)
        if num_threads < self._max_workers:
            thread_name = '%s_%d' % (self._thread_name_prefix or self,
                                     num_threads)
            t = threading.Thread(name=thread_name, target=_worker,
                                 args=(self,
                                       self._work_queue,
                                       self._initializer,
                                       self._initargs))
            t.start()
            self._threads.add(t)
            _threads_queues[t] = self._work_queue

    def _initializer_failed(self):
        with self._shutdown_lock:
            self._broken = ('A thread initializer failed, the thread pool '
                            'is not usable anymore')
            # The calls still queued can never run: fail their futures.
            while True:
                try:
                    work_item = self._work_queue.get_nowait()
                except queue.Empty:
                    break
                if work_item is not None:
                    work_item.future.set_exception(BrokenThreadPool(self._broken))

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._shutdown_lock:
            self._shutdown = True
            if cancel_futures:
                # Cancel the calls no worker has taken yet.
                while True:
                    try:
                        work_item = self._work_queue.get_nowait()
                    except queue.Empty:
                        break
                    if work_item is not None:
                        work_item.future.cancel()

            # Wakes a worker, which passes the None on to the next.
            self._work_queue.put(None)
        if wait:
            for t in self._threads:
                t.join()
    shutdown.__doc__ = _base.Executor.shutdown.__doc__
