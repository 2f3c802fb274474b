"""GilGen's concurrent.futures.process: ProcessPoolExecutor.

Written in Python, as CPython's is (docs/architecture/design.md §5). Each worker is a worker interpreter
(_interpreters, §5c): an isolated interpreter with its own GIL, running in parallel with the others,
started as the spawn start method starts a process. In the parent, one thread per worker takes the next
work item and hands it to its worker, waiting without the GIL. A worker's exception is raised again by
result(), with the worker's traceback as its __cause__; a worker that dies breaks the pool
(BrokenProcessPool), failing every pending future, never hanging.
"""

from concurrent.futures import _base
import itertools
import os
import queue
import threading
import traceback
import _interpreters
from multiprocessing import process as _mp_process

_threads_wakeups = {}
_global_shutdown = False
_global_shutdown_lock = threading.Lock()


def _python_exit():
    # As CPython's: at interpreter exit, the pools still running finish their queued work and stop.
    global _global_shutdown
    with _global_shutdown_lock:
        _global_shutdown = True
    items = list(_threads_wakeups.items())
    for t, wake in items:
        wake()
    for t, wake in items:
        t.join()


threading._register_atexit(_python_exit)


class _RemoteTraceback(Exception):
    """The __cause__ of an exception raised in a worker: the worker's traceback text."""

    def __init__(self, tb):
        self.tb = tb

    def __str__(self):
        return self.tb


def _rebuild_exc(exc, tb):
    exc.__cause__ = _RemoteTraceback(tb)
    return exc


class BrokenProcessPool(_base.BrokenExecutor):
    """Raised when a process in a ProcessPoolExecutor terminated abruptly while a future was pending."""


def _worker_init(name, identity, method, initializer, initargs):
    """Runs first in each worker: current_process() is the worker, then the initializer. False when it failed."""
    from multiprocessing import context as _mp_context
    _mp_context._force_start_method(method)
    _mp_process._current_process = _mp_process._PoolWorkerProcess(name, identity)
    _mp_process._parent_process = _mp_process._ParentProcess('MainProcess', os.getppid())
    if initializer is not None:
        try:
            initializer(*initargs)
        except BaseException:
            _base._log_exception('Exception in initializer:')
            return False
    return True


def _process_worker_call(fn, args, kwargs):
    """One call in a worker: (True, result) or (False, (exception, traceback text))."""
    try:
        return (True, fn(*args, **kwargs))
    except BaseException as e:
        tb = traceback.format_exc()
        e.__traceback__ = None
        return (False, (e, '\n"""\n%s"""' % tb))


def _get_chunks(*iterables, chunksize):
    it = zip(*iterables)
    while True:
        chunk = tuple(itertools.islice(it, chunksize))
        if not chunk:
            return
        yield chunk


def _process_chunk(fn, chunk):
    return [fn(*args) for args in chunk]


def _chain_from_iterable_of_lists(iterable):
    for element in iterable:
        element.reverse()
        while element:
            yield element.pop()


class _WorkItem(object):
    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs


class ProcessPoolExecutor(_base.Executor):
    """An executor that runs calls in at most max_workers worker processes."""

    def __init__(self, max_workers=None, mp_context=None, initializer=None, initargs=(),
                 *, max_tasks_per_child=None):
        _mp_process._check_not_bootstrapping()
        if max_workers is None:
            self._max_workers = os.cpu_count() or 1
        else:
            if max_workers <= 0:
                raise ValueError("max_workers must be greater than 0")
            self._max_workers = max_workers
        if mp_context is None:
            from multiprocessing import context as _mp_context
            mp_context = _mp_context._default_context.get_context()
        self._mp_context = mp_context
        self._start_method = mp_context.get_start_method()
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        if max_tasks_per_child is not None:
            if not isinstance(max_tasks_per_child, int):
                raise TypeError("max_tasks_per_child must be an integer")
            elif max_tasks_per_child <= 0:
                raise ValueError("max_tasks_per_child must be >= 1")
            raise NotImplementedError("GilGen does not support max_tasks_per_child yet")
        self._initializer = initializer
        self._initargs = initargs
        self._work_queue = queue.SimpleQueue()
        self._idle_worker_semaphore = threading.Semaphore(0)
        self._workers = []
        self._handlers = []
        self._broken = False
        self._shutdown_thread = False
        self._shutdown_lock = threading.Lock()
        self._pending = set()

    def _wake_handlers(self):
        for _ in self._handlers:
            self._work_queue.put(None)

    def _adjust_process_count(self):
        # An idle worker takes the new item; else one more worker, up to max_workers (spawn starts them on demand;
        # under fork, CPython starts them all at the first submit, each a copy of the parent as it is then).
        if self._workers and self._start_method == 'fork':
            return
        if self._idle_worker_semaphore.acquire(blocking=False):
            return
        while len(self._workers) < self._max_workers:
            identity = (next(_mp_process._process_counter),)
            name = '%s-%d' % (self._mp_context.Process.__name__, identity[0])
            # The worker starts with its init call, which comes to it as a Process's target does: with the copy of
            # the parent under fork (a local or lambda initializer works), pickled under spawn and forkserver (pickle's
            # error raised here, from submit(), as CPython's Process.start raises it).
            from multiprocessing import context as _mp_context
            worker = _interpreters.start(
                name, _worker_init, (name, identity, self._start_method, self._initializer, self._initargs), {},
                method=self._start_method, serve=True,
                parent_method=_mp_context._parent_start_method(self._start_method))
            self._workers.append(worker)
            t = threading.Thread(target=self._handle_worker, args=(worker,),
                                 name='Thread-%s' % name)
            t.start()
            self._handlers.append(t)
            _threads_wakeups[t] = self._wake_handlers
            if self._start_method != 'fork':
                break

    def _handle_worker(self, worker):
        try:
            try:
                ok = worker.first_result()
            except _interpreters.WorkerDied:
                ok = False
            if not ok:
                self._break()
                return
            while True:
                item = self._work_queue.get()
                if item is None:
                    if self._shutdown_thread or _global_shutdown or self._broken:
                        return
                    continue
                if not item.future.set_running_or_notify_cancel():
                    self._pending.discard(item)
                    continue
                try:
                    success, value = worker.call(_process_worker_call, (item.fn, item.args, item.kwargs), {})
                except _interpreters.WorkerDied:
                    # The pool is broken before this future fails (it is among the pending ones _break
                    # fails), as in CPython: whoever the failure wakes finds submit() refused.
                    self._break()
                    return
                except BaseException as e:
                    # The call or its result could not be copied (pickle's error).
                    success, value = False, (e, '')
                self._pending.discard(item)
                if success:
                    item.future.set_result(value)
                else:
                    exc, tb = value
                    if tb:
                        _rebuild_exc(exc, tb)
                    item.future.set_exception(exc)
                del item
                self._idle_worker_semaphore.release()
        finally:
            worker.close()
            worker.join()
            _threads_wakeups.pop(threading.current_thread(), None)

    def _break(self):
        # A worker died: the pool is broken, every pending future fails, the other workers end.
        with self._shutdown_lock:
            if self._broken:
                return
            self._broken = 'A child process terminated abruptly, the process pool is not usable anymore'
            for item in list(self._pending):
                if item.future.done():
                    continue
                item.future.set_exception(BrokenProcessPool(
                    'A process in the process pool was terminated abruptly '
                    'while the future was running or pending.'))
            self._pending.clear()
            for worker in self._workers:
                worker.terminate()
            self._wake_handlers()

    def submit(self, fn, /, *args, **kwargs):
        with self._shutdown_lock:
            if self._broken:
                raise BrokenProcessPool(self._broken)
            if self._shutdown_thread:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _global_shutdown:
                raise RuntimeError('cannot schedule new futures after '
                                   'interpreter shutdown')
            f = _base.Future()
            try:
                _interpreters.check_copyable((fn, args, kwargs))
            except BaseException as e:
                # CPython's queue feeder fails the future when pickling fails.
                f.set_exception(e)
                return f
            w = _WorkItem(f, fn, args, kwargs)
            self._pending.add(w)
            self._work_queue.put(w)
            self._adjust_process_count()
            return f
    submit.__doc__ = _base.Executor.submit.__doc__

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Like map(fn, *iterables), the calls made in the workers, chunksize calls at a time."""
        if chunksize < 1:
            raise ValueError("chunksize must be >= 1.")
        results = super().map(_process_chunk, itertools.repeat(fn),
                              _get_chunks(*iterables, chunksize=chunksize),
                              timeout=timeout)
        return _chain_from_iterable_of_lists(results)

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._shutdown_lock:
            self._shutdown_thread = True
            if cancel_futures:
                while True:
                    try:
                        item = self._work_queue.get_nowait()
                    except queue.Empty:
                        break
                    if item is not None:
                        item.future.cancel()
                        self._pending.discard(item)
            self._wake_handlers()
        if wait:
            for t in self._handlers:
                t.join()
    shutdown.__doc__ = _base.Executor.shutdown.__doc__
