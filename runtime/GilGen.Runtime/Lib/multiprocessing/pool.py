"""GilGen's multiprocessing.pool: Pool, ApplyResult, MapResult, IMapIterator.

Written in Python, as CPython's is (docs/architecture/design.md §5). Each worker is a worker interpreter
(_interpreters, §5c) that runs in parallel with the others; in the parent, one thread per worker takes the
next task from the pool's queue and hands it to its worker, waiting without the GIL, so the pool balances
work as CPython's does. Arguments and results are copied as pickling copies them.
"""

import collections
import itertools
import os
import queue
import threading
import traceback
import _interpreters
from multiprocessing import process

RUN = "RUN"
CLOSE = "CLOSE"
TERMINATE = "TERMINATE"

job_counter = itertools.count()


class RemoteTraceback(Exception):
    """The __cause__ of an exception raised in a worker: the worker's traceback text."""

    def __init__(self, tb):
        self.tb = tb

    def __str__(self):
        return self.tb


class MaybeEncodingError(Exception):
    """Wraps an exception whose repr could not be copied back from a worker."""

    def __init__(self, exc, value):
        self.exc = repr(exc)
        self.value = repr(value)
        super(MaybeEncodingError, self).__init__(self.exc, self.value)

    def __str__(self):
        return "Error sending result: '%s'. Reason: '%s'" % (self.value, self.exc)

    def __repr__(self):
        return "<%s: %s>" % (self.__class__.__name__, self)


def mapstar(args):
    return list(map(*args))


def starmapstar(args):
    return list(itertools.starmap(args[0], args[1]))


def _worker_init(name, identity, method, initializer, initargs):
    """Runs first in each pool worker: makes current_process() the worker, then runs the initializer."""
    from multiprocessing import context
    context._force_start_method(method)
    process._current_process = process._PoolWorkerProcess(name, identity)
    process._parent_process = process._ParentProcess('MainProcess', os.getppid())
    if initializer is not None:
        initializer(*initargs)


def _worker_call(func, args, kwds):
    """Runs one task in a worker: (True, result) or (False, (exception, traceback text))."""
    try:
        return (True, func(*args, **kwds))
    except Exception as e:
        tb = traceback.format_exc()
        e.__traceback__ = None
        return (False, (e, '\n"""\n%s"""' % tb))


def _rebuild_exc(exc, tb):
    exc.__cause__ = RemoteTraceback(tb)
    return exc


class Pool(object):
    """A pool of worker processes that tasks are handed to."""

    _wrap_exception = True

    def __init__(self, processes=None, initializer=None, initargs=(),
                 maxtasksperchild=None, context=None):
        self._pool = []
        self._state = RUN
        process._check_not_bootstrapping()
        if processes is None:
            processes = os.cpu_count() or 1
        if processes < 1:
            raise ValueError("Number of processes must be at least 1")
        if maxtasksperchild is not None:
            if not isinstance(maxtasksperchild, int) or maxtasksperchild <= 0:
                raise ValueError("maxtasksperchild must be a positive int or None")
            raise NotImplementedError("GilGen does not support Pool(maxtasksperchild=...) yet")
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        if context is None:
            from multiprocessing import context as _context
            context = _context._default_context.get_context()
        method = context.get_start_method()
        if method != 'fork':
            # spawn and forkserver pickle the initializer and its arguments with each worker's Process object; fork
            # copies them with the parent's memory (a lambda initializer works there).
            if initializer is not None:
                _interpreters.check_copyable(initializer, True)
            _interpreters.check_copyable(initargs, True)
        self._processes = processes
        self._taskqueue = queue.SimpleQueue()
        self._cache = {}
        self._lock = threading.Lock()
        self._handlers = []
        from multiprocessing import context as _context
        parent_method = _context._parent_start_method(method)
        # CPython names a pool's workers after its context's Process class: ForkPoolWorker-1, SpawnPoolWorker-2...
        kind = context.Process.__name__.replace('Process', 'PoolWorker')
        for i in range(processes):
            identity = (next(process._process_counter),)
            name = '%s-%d' % (kind, identity[0])
            # The worker starts with its init call, which comes to it as a Process's target does.
            worker = _interpreters.start(name, _worker_init, (name, identity, method, initializer, initargs), {},
                                         method=method, serve=True, parent_method=parent_method)
            self._pool.append(worker)
            t = threading.Thread(target=self._handle_worker, args=(worker,),
                                 name='Thread-pool-%s' % name)
            t.daemon = True
            t.start()
            self._handlers.append(t)

    def _handle_worker(self, worker):
        # The parent's side of one worker: hands it tasks until a None (close) or its death (terminate).
        try:
            worker.first_result()
        except _interpreters.WorkerDied:
            return
        except BaseException:
            traceback.print_exc()
        while True:
            task = self._taskqueue.get()
            if task is None:
                worker.close()
                worker.join()
                return
            job, i, func, args, kwds = task
            try:
                result = worker.call(_worker_call, (func, args, kwds), {})
            except _interpreters.WorkerDied:
                return
            except Exception as e:
                # The result could not be copied back (pickle's error in the worker).
                result = (False, (MaybeEncodingError(e, '...'), ''))
            if not result[0]:
                exc, tb = result[1]
                if tb:
                    _rebuild_exc(exc, tb)
                result = (False, exc)
            cached = self._cache.get(job)
            if cached is not None:
                cached._set(i, result)

    def __repr__(self):
        cls = self.__class__
        return (f'<{cls.__module__}.{cls.__qualname__} '
                f'state={self._state} '
                f'pool_size={len(self._pool)}>')

    def _check_running(self):
        if self._state != RUN:
            raise ValueError("Pool not running")

    def _put_tasks(self, tasks):
        for task in tasks:
            job, i, func, args, kwds = task
            try:
                _interpreters.check_copyable((func, args, kwds))
            except Exception as e:
                cached = self._cache.get(job)
                if cached is not None:
                    cached._set(i, (False, e))
                continue
            self._taskqueue.put(task)

    def apply(self, func, args=(), kwds={}):
        """func(*args, **kwds) in a worker; waits for the result."""
        return self.apply_async(func, args, kwds).get()

    def map(self, func, iterable, chunksize=None):
        """list(map(func, iterable)), the calls made in the workers in chunks."""
        return self._map_async(func, iterable, mapstar, chunksize).get()

    def starmap(self, func, iterable, chunksize=None):
        """map with each item unpacked as the arguments: func(*item)."""
        return self._map_async(func, iterable, starmapstar, chunksize).get()

    def starmap_async(self, func, iterable, chunksize=None, callback=None,
                      error_callback=None):
        return self._map_async(func, iterable, starmapstar, chunksize,
                               callback, error_callback)

    def map_async(self, func, iterable, chunksize=None, callback=None,
                  error_callback=None):
        return self._map_async(func, iterable, mapstar, chunksize, callback,
                               error_callback)

    def apply_async(self, func, args=(), kwds={}, callback=None,
                    error_callback=None):
        """Starts func(*args, **kwds) in a worker; returns an ApplyResult."""
        self._check_running()
        result = ApplyResult(self, callback, error_callback)
        self._put_tasks([(result._job, 0, func, args, kwds)])
        return result

    def imap(self, func, iterable, chunksize=1):
        """An iterator of func's results, in the order of iterable."""
        self._check_running()
        if chunksize < 1:
            raise ValueError("Chunksize must be 1+, not {0:n}".format(chunksize))
        return self._start_imap(IMapIterator(self), func, iterable, chunksize)

    def imap_unordered(self, func, iterable, chunksize=1):
        """An iterator of func's results, in the order they are ready."""
        self._check_running()
        if chunksize < 1:
            # CPython's two messages differ in their format (n here, r there).
            raise ValueError("Chunksize must be 1+, not {0!r}".format(chunksize))
        return self._start_imap(IMapUnorderedIterator(self), func, iterable, chunksize)

    def _start_imap(self, result, func, iterable, chunksize):
        tasks = Pool._imap_tasks(result._job, func, iterable, chunksize)
        result._set_length(len(tasks))
        self._put_tasks(tasks)
        if chunksize == 1:
            return result
        return (item for chunk in result for item in chunk)

    @staticmethod
    def _imap_tasks(job, func, iterable, chunksize):
        if chunksize == 1:
            return [(job, i, func, (x,), {}) for i, x in enumerate(iterable)]
        return [(job, i, mapstar, ((func, chunk),), {})
                for i, chunk in enumerate(Pool._get_chunks(func, iterable, chunksize))]

    @staticmethod
    def _get_chunks(func, it, size):
        it = iter(it)
        while True:
            x = tuple(itertools.islice(it, size))
            if not x:
                return
            yield x

    def _map_async(self, func, iterable, mapper, chunksize=None, callback=None,
                   error_callback=None):
        self._check_running()
        if not hasattr(iterable, '__len__'):
            iterable = list(iterable)
        if chunksize is None:
            chunksize, extra = divmod(len(iterable), len(self._pool) * 4)
            if extra:
                chunksize += 1
        if len(iterable) == 0:
            chunksize = 0
        task_batches = list(Pool._get_chunks(func, iterable, chunksize)) if chunksize else []
        result = MapResult(self, chunksize, len(iterable), callback,
                           error_callback=error_callback)
        self._put_tasks([(result._job, i, mapper, ((func, x),), {})
                         for i, x in enumerate(task_batches)])
        return result

    def close(self):
        """No more tasks: the workers end once the queued ones are done."""
        if self._state == RUN:
            self._state = CLOSE
            for _ in self._pool:
                self._taskqueue.put(None)

    def terminate(self):
        """Ends the workers at once; tasks not done never complete."""
        self._state = TERMINATE
        while True:
            try:
                self._taskqueue.get_nowait()
            except queue.Empty:
                break
        for worker in self._pool:
            worker.terminate()
        # Wakes the parent's handler threads that wait for a task: they see their worker has ended.
        for _ in self._pool:
            self._taskqueue.put(None)
        # As CPython's _terminate_pool, waits for the handlers and the workers to end, so that nothing of
        # the pool outlives terminate() (except from a callback, which runs on a handler thread).
        me = threading.current_thread()
        for t in self._handlers:
            if t is not me:
                t.join()
        for worker in self._pool:
            worker.join()

    def join(self):
        """Waits for the workers to end (after close() or terminate())."""
        if self._state == RUN:
            raise ValueError("Pool is still running")
        elif self._state not in (CLOSE, TERMINATE):
            raise ValueError("In unknown state")
        for t in self._handlers:
            t.join()
        for worker in self._pool:
            worker.join()

    def __reduce__(self):
        raise NotImplementedError(
              'pool objects cannot be passed between processes or pickled'
              )

    def __enter__(self):
        self._check_running()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.terminate()


class ApplyResult(object):
    """The result of apply_async: get(), wait(), ready(), successful()."""

    def __init__(self, pool, callback, error_callback):
        self._pool = pool
        self._event = threading.Event()
        self._job = next(job_counter)
        self._cache = pool._cache
        self._callback = callback
        self._error_callback = error_callback
        self._cache[self._job] = self

    def ready(self):
        return self._event.is_set()

    def successful(self):
        if not self.ready():
            raise ValueError("{0!r} not ready".format(self))
        return self._success

    def wait(self, timeout=None):
        self._event.wait(timeout)

    def get(self, timeout=None):
        self.wait(timeout)
        if not self.ready():
            raise process.TimeoutError
        if self._success:
            return self._value
        else:
            raise self._value

    def _set(self, i, obj):
        self._success, self._value = obj
        if self._callback and self._success:
            self._callback(self._value)
        if self._error_callback and not self._success:
            self._error_callback(self._value)
        self._event.set()
        del self._cache[self._job]
        self._pool = None


AsyncResult = ApplyResult


class MapResult(ApplyResult):
    """The result of map_async: the chunks' results in order, or the first exception."""

    def __init__(self, pool, chunksize, length, callback, error_callback):
        ApplyResult.__init__(self, pool, callback,
                             error_callback=error_callback)
        self._success = True
        self._value = [None] * length
        self._chunksize = chunksize
        self._lock = threading.Lock()
        if chunksize <= 0:
            self._number_left = 0
            self._event.set()
            del self._cache[self._job]
        else:
            self._number_left = length // chunksize + bool(length % chunksize)

    def _set(self, i, success_result):
        with self._lock:
            self._number_left -= 1
            success, result = success_result
            if success and self._success:
                self._value[i * self._chunksize:(i + 1) * self._chunksize] = result
                done = self._number_left == 0
            else:
                if not success and self._success:
                    # Only the first exception is kept.
                    self._success = False
                    self._value = result
                done = self._number_left == 0
        if done:
            if self._success and self._callback:
                self._callback(self._value)
            if not self._success and self._error_callback:
                self._error_callback(self._value)
            del self._cache[self._job]
            self._event.set()
            self._pool = None


class IMapIterator(object):
    """The iterator imap returns: results in the order of the input."""

    def __init__(self, pool):
        self._pool = pool
        self._cond = threading.Condition(threading.Lock())
        self._job = next(job_counter)
        self._cache = pool._cache
        self._items = collections.deque()
        self._index = 0
        self._length = None
        self._unsorted = {}
        self._cache[self._job] = self

    def __iter__(self):
        return self

    def next(self, timeout=None):
        with self._cond:
            while True:
                try:
                    item = self._items.popleft()
                    break
                except IndexError:
                    pass
                if self._index == self._length:
                    self._pool = None
                    raise StopIteration from None
                self._cond.wait(timeout)
                if not self._items and self._index != self._length:
                    if timeout is not None:
                        raise process.TimeoutError from None
        success, value = item
        if success:
            return value
        raise value

    __next__ = next

    def _set(self, i, obj):
        with self._cond:
            if self._index == i:
                self._items.append(obj)
                self._index += 1
                while self._index in self._unsorted:
                    obj = self._unsorted.pop(self._index)
                    self._items.append(obj)
                    self._index += 1
                self._cond.notify()
            else:
                self._unsorted[i] = obj
            if self._index == self._length:
                del self._cache[self._job]
                self._pool = None

    def _set_length(self, length):
        with self._cond:
            self._length = length
            if self._index == self._length:
                self._cond.notify()
                del self._cache[self._job]
                self._pool = None


class IMapUnorderedIterator(IMapIterator):
    """The iterator imap_unordered returns: results as they are ready."""

    def _set(self, i, obj):
        with self._cond:
            self._items.append(obj)
            self._index += 1
            self._cond.notify()
            if self._index == self._length:
                del self._cache[self._job]
                self._pool = None


class ThreadPool(Pool):
    """multiprocessing.pool.ThreadPool: not supported by GilGen yet."""

    def __init__(self, processes=None, initializer=None, initargs=()):
        raise NotImplementedError("GilGen does not support multiprocessing.pool.ThreadPool yet; "
                                  "use concurrent.futures.ThreadPoolExecutor")
