"""GilGen's asyncio.base_events: the event loop.

Written in Python, as CPython's is (docs/architecture/design.md §5). The loop runs the ready callbacks
in FIFO order and the timers in time order (a heap of TimerHandles), reading time from time.monotonic.
It has no selector: when nothing is ready it blocks on a SimpleQueue (releasing the GIL, so executor
threads run) until the next timer is due or another thread's call_soon_threadsafe puts a wake-up in it.
Sockets, pipes, subprocesses, servers and signals are not built: those methods raise NotImplementedError.
"""

__all__ = 'BaseEventLoop',

import collections
import concurrent.futures
import heapq
import sys
import threading
import time
import traceback
import _queue
import _weakrefset

from asyncio import coroutines
from asyncio import events
from asyncio import exceptions
from asyncio import futures
from asyncio import tasks

# Minimum number of _scheduled timer handles before cleanup of cancelled handles is performed.
_MIN_SCHEDULED_TIMER_HANDLES = 100

# Minimum fraction of _scheduled timer handles that are cancelled before cleanup of cancelled handles is performed.
_MIN_CANCELLED_TIMER_HANDLES_FRACTION = 0.5

# Maximum timeout passed to the wait for the next event (CPython's select() bound: one day).
MAXIMUM_SELECT_TIMEOUT = 24 * 3600

# How long asyncio.run() waits for the default executor's threads at shutdown (CPython's constant).
THREAD_JOIN_TIMEOUT = 300


def _run_until_complete_cb(fut):
    if not fut.cancelled():
        exc = fut.exception()
        if isinstance(exc, (SystemExit, KeyboardInterrupt)):
            # Issue #22429: run_forever() already finished, no need to stop it.
            return
    futures._get_loop(fut).stop()


def _not_built(what):
    return NotImplementedError(f"GilGen does not support asyncio {what} yet")


class BaseEventLoop(events.AbstractEventLoop):
    """The event loop: callbacks, timers, tasks and executors (no I/O)."""

    def __init__(self):
        self._timer_cancelled_count = 0
        self._closed = False
        self._stopping = False
        self._ready = collections.deque()
        self._scheduled = []
        self._default_executor = None
        self._internal_fds = 0
        # Identifier of the thread running the event loop, or None if the event loop is not running.
        self._thread_id = None
        self._clock_resolution = 1e-09
        self._exception_handler = None
        self._debug = False
        self._task_factory = None
        self._executor_shutdown_called = False
        # The asynchronous generators iterated in this loop, which shutdown_asyncgens() closes (held weakly).
        self._asyncgens = _weakrefset.WeakSet()
        # Set to True when `loop.shutdown_asyncgens` is called.
        self._asyncgens_shutdown_called = False
        # Wake-ups from other threads (call_soon_threadsafe): the loop blocks on this when nothing is ready.
        self._wakeups = _queue.SimpleQueue()

    def __repr__(self):
        return (
            f'<{self.__class__.__name__} running={self.is_running()} '
            f'closed={self.is_closed()} debug={self.get_debug()}>'
        )

    def create_future(self):
        """Create a Future object attached to the loop."""
        return futures.Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        """Schedule a coroutine object; return a Task object."""
        self._check_closed()
        if self._task_factory is None:
            task = tasks.Task(coro, loop=self, name=name, context=context)
        else:
            if context is None:
                task = self._task_factory(self, coro)
            else:
                task = self._task_factory(self, coro, context=context)
            if name is not None:
                task.set_name(name)
        return task

    def set_task_factory(self, factory):
        """Set a task factory used by create_task(): factory(loop, coro) returning a Future; None for the default."""
        if factory is not None and not callable(factory):
            raise TypeError('task factory must be a callable or None')
        self._task_factory = factory

    def get_task_factory(self):
        """Return a task factory, or None if the default one is in use."""
        return self._task_factory

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def _asyncgen_finalizer_hook(self, agen):
        self._asyncgens.discard(agen)
        if not self.is_closed():
            self.call_soon_threadsafe(self.create_task, agen.aclose())

    def _asyncgen_firstiter_hook(self, agen):
        # CPython warns (ResourceWarning) when this runs after shutdown_asyncgens(); GilGen has no warnings module.
        self._asyncgens.add(agen)

    async def shutdown_asyncgens(self):
        """Shutdown all active asynchronous generators."""
        self._asyncgens_shutdown_called = True

        if not len(self._asyncgens):
            return

        closing_agens = list(self._asyncgens)
        self._asyncgens.clear()

        results = await tasks.gather(
            *[ag.aclose() for ag in closing_agens],
            return_exceptions=True)

        for result, agen in zip(results, closing_agens):
            if isinstance(result, Exception):
                self.call_exception_handler({
                    'message': f'an error occurred during closing of '
                               f'asynchronous generator {agen!r}',
                    'exception': result,
                    'asyncgen': agen
                })

    async def shutdown_default_executor(self, timeout=None):
        """Schedule the shutdown of the default executor (waiting up to timeout for its threads)."""
        self._executor_shutdown_called = True
        if self._default_executor is None:
            return
        future = self.create_future()
        thread = threading.Thread(target=self._do_shutdown, args=(future,))
        thread.start()
        try:
            await future
        finally:
            thread.join(timeout)

        if thread.is_alive():
            sys.stderr.write(f"RuntimeWarning: The executor did not finishing joining "
                             f"its threads within {timeout} seconds.\n")
            self._default_executor.shutdown(wait=False)

    def _do_shutdown(self, future):
        try:
            self._default_executor.shutdown(wait=True)
            if not self.is_closed():
                self.call_soon_threadsafe(futures._set_result_unless_cancelled, future, None)
        except Exception as ex:
            if not self.is_closed() and not future.cancelled():
                self.call_soon_threadsafe(future.set_exception, ex)

    def _check_running(self):
        if self.is_running():
            raise RuntimeError('This event loop is already running')
        if events._get_running_loop() is not None:
            raise RuntimeError(
                'Cannot run the event loop while another loop is running')

    def run_forever(self):
        """Run until stop() is called."""
        self._check_closed()
        self._check_running()
        old_agen_hooks = sys.get_asyncgen_hooks()
        try:
            self._thread_id = threading.get_ident()
            sys.set_asyncgen_hooks(firstiter=self._asyncgen_firstiter_hook,
                                   finalizer=self._asyncgen_finalizer_hook)

            events._set_running_loop(self)
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._thread_id = None
            events._set_running_loop(None)
            sys.set_asyncgen_hooks(*old_agen_hooks)

    def run_until_complete(self, future):
        """Run until the Future (or coroutine, wrapped in a Task) is done; return its result or raise its exception."""
        self._check_closed()
        self._check_running()

        new_task = not futures.isfuture(future)
        future = tasks.ensure_future(future, loop=self)
        if new_task:
            # An exception is raised if the future didn't complete, so there is no need to log the "destroy
            # pending task" message.
            future._log_destroy_pending = False

        future.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        except:
            if new_task and future.done() and not future.cancelled():
                # The coroutine raised a BaseException. Consume the exception to not log a warning, the caller
                # doesn't have access to the local task.
                future.exception()
            raise
        finally:
            future.remove_done_callback(_run_until_complete_cb)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')

        return future.result()

    def stop(self):
        """Stop running the event loop: every callback already scheduled still runs first."""
        self._stopping = True

    def close(self):
        """Close the event loop: clears the queues and shuts the default executor down (without waiting)."""
        if self.is_running():
            raise RuntimeError("Cannot close a running event loop")
        if self._closed:
            return
        self._closed = True
        self._ready.clear()
        self._scheduled.clear()
        self._executor_shutdown_called = True
        executor = self._default_executor
        if executor is not None:
            self._default_executor = None
            executor.shutdown(wait=False)

    def is_closed(self):
        """Returns True if the event loop was closed."""
        return self._closed

    def is_running(self):
        """Returns True if the event loop is running."""
        return (self._thread_id is not None)

    def time(self):
        """Return the time according to the event loop's clock (time.monotonic)."""
        return time.monotonic()

    def call_later(self, delay, callback, *args, context=None):
        """Arrange for a callback to be called at a given time (delay seconds from now); return a TimerHandle."""
        if delay is None:
            raise TypeError('delay must not be None')
        timer = self.call_at(self.time() + delay, callback, *args,
                             context=context)
        return timer

    def call_at(self, when, callback, *args, context=None):
        """Like call_later(), but uses an absolute time (in the loop's time())."""
        if when is None:
            raise TypeError("when cannot be None")
        self._check_closed()
        if self._debug:
            # As CPython: the callback is checked in debug mode only.
            self._check_callback(callback, 'call_at')
        timer = events.TimerHandle(when, callback, args, self, context)
        heapq.heappush(self._scheduled, timer)
        timer._scheduled = True
        return timer

    def call_soon(self, callback, *args, context=None):
        """Arrange for a callback to be called as soon as possible (FIFO); return a Handle."""
        self._check_closed()
        if self._debug:
            # As CPython: the callback is checked in debug mode only.
            self._check_callback(callback, 'call_soon')
        handle = self._call_soon(callback, args, context)
        return handle

    def _check_callback(self, callback, method):
        if coroutines.iscoroutine(callback):
            raise TypeError(
                f"coroutines cannot be used with {method}()")
        if not callable(callback):
            raise TypeError(
                f'a callable object was expected by {method}(), '
                f'got {callback!r}')

    def _call_soon(self, callback, args, context):
        if context is not None:
            raise NotImplementedError("GilGen does not support contextvars (context=) yet")
        handle = events.Handle(callback, args, self, context)
        self._ready.append(handle)
        return handle

    def call_soon_threadsafe(self, callback, *args, context=None):
        """Like call_soon(), but thread-safe: wakes the loop if it is waiting."""
        self._check_closed()
        if self._debug:
            # As CPython: the callback is checked in debug mode only.
            self._check_callback(callback, 'call_soon_threadsafe')
        handle = self._call_soon(callback, args, context)
        self._wakeups.put(None)
        return handle

    def run_in_executor(self, executor, func, *args):
        """Run func(*args) in executor (the loop's default ThreadPoolExecutor if None); return an asyncio Future."""
        self._check_closed()
        if self._debug:
            # As CPython: the callback is checked in debug mode only.
            self._check_callback(func, 'run_in_executor')
        if executor is None:
            executor = self._default_executor
            # Only check when the default executor is being used
            self._check_default_executor()
            if executor is None:
                executor = concurrent.futures.ThreadPoolExecutor(
                    thread_name_prefix='asyncio'
                )
                self._default_executor = executor
        return futures.wrap_future(
            executor.submit(func, *args), loop=self)

    def _check_default_executor(self):
        if self._executor_shutdown_called:
            raise RuntimeError('Executor shutdown has been called')

    def set_default_executor(self, executor):
        if not isinstance(executor, concurrent.futures.ThreadPoolExecutor):
            raise TypeError('executor must be ThreadPoolExecutor')
        self._default_executor = executor

    def _timer_handle_cancelled(self, handle):
        """Notification that a TimerHandle has been cancelled."""
        if handle._scheduled:
            self._timer_cancelled_count += 1

    def get_exception_handler(self):
        """Return an exception handler, or None if the default one is in use."""
        return self._exception_handler

    def set_exception_handler(self, handler):
        """Set handler(loop, context) as the loop's exception handler; None restores the default."""
        if handler is not None and not callable(handler):
            raise TypeError(f'A callable object or None is expected, '
                            f'got {handler!r}')
        self._exception_handler = handler

    def default_exception_handler(self, context):
        """Default exception handler: writes what CPython's asyncio logger would print to stderr."""
        message = context.get('message')
        if not message:
            message = 'Unhandled exception in event loop'

        exception = context.get('exception')
        log_lines = [message]
        for key in sorted(context):
            if key in {'message', 'exception'}:
                continue
            value = context[key]
            log_lines.append(f'{key}: {value!r}')
        if exception is not None:
            if sys.exc_info()[1] is exception:
                # Called while the exception is handled (a callback's, a task's): its traceback, as logging prints it.
                log_lines.append(traceback.format_exc().rstrip('\n'))
            else:
                log_lines.append(f'{type(exception).__name__}: {exception}')
        sys.stderr.write('\n'.join(log_lines) + '\n')

    def call_exception_handler(self, context):
        """Call the current event loop's exception handler with the context dict."""
        if self._exception_handler is None:
            try:
                self.default_exception_handler(context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException:
                sys.stderr.write('Exception in default exception handler\n' + traceback.format_exc())
        else:
            try:
                self._exception_handler(self, context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                try:
                    self.default_exception_handler({
                        'message': 'Unhandled error in exception handler',
                        'exception': exc,
                        'context': context,
                    })
                except (SystemExit, KeyboardInterrupt):
                    raise
                except BaseException:
                    sys.stderr.write('Exception in default exception handler\n' + traceback.format_exc())

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = enabled

    def _wait_for_wakeup(self, timeout):
        # What CPython's selector.select(timeout) does for a loop without I/O: block (the GIL released)
        # until another thread wakes the loop or the timeout passes.
        try:
            if timeout is None:
                self._wakeups.get()
            else:
                self._wakeups.get(True, timeout)
        except _queue.Empty:
            pass

    def _run_once(self):
        """Run one full iteration of the event loop: wait, move due timers to the ready queue, run what is ready."""
        sched_count = len(self._scheduled)
        if (sched_count > _MIN_SCHEDULED_TIMER_HANDLES and
                self._timer_cancelled_count / sched_count >
                _MIN_CANCELLED_TIMER_HANDLES_FRACTION):
            # Remove delayed calls that were cancelled if their number is too high.
            new_scheduled = []
            for handle in self._scheduled:
                if handle._cancelled:
                    handle._scheduled = False
                else:
                    new_scheduled.append(handle)

            heapq.heapify(new_scheduled)
            self._scheduled = new_scheduled
            self._timer_cancelled_count = 0
        else:
            # Remove delayed calls that were cancelled from head of queue.
            while self._scheduled and self._scheduled[0]._cancelled:
                self._timer_cancelled_count -= 1
                handle = heapq.heappop(self._scheduled)
                handle._scheduled = False

        timeout = None
        if self._ready or self._stopping:
            timeout = 0
        elif self._scheduled:
            # Compute the desired timeout.
            when = self._scheduled[0]._when
            timeout = min(max(0, when - self.time()), MAXIMUM_SELECT_TIMEOUT)

        if timeout != 0:
            self._wait_for_wakeup(timeout)

        # Handle 'later' callbacks that are ready.
        end_time = self.time() + self._clock_resolution
        while self._scheduled:
            handle = self._scheduled[0]
            if handle._when >= end_time:
                break
            handle = heapq.heappop(self._scheduled)
            handle._scheduled = False
            self._ready.append(handle)

        # This is the only place where callbacks are actually *called*. All other places just add them to ready.
        # Callbacks scheduled by callbacks run at the next iteration.
        ntodo = len(self._ready)
        for i in range(ntodo):
            handle = self._ready.popleft()
            if handle._cancelled:
                continue
            handle._run()
        handle = None  # Needed to break cycles when an exception occurs.

    # What is not built: I/O, subprocesses, servers and signals.

    def add_reader(self, fd, callback, *args):
        raise _not_built("add_reader (file descriptors)")

    def remove_reader(self, fd):
        raise _not_built("remove_reader (file descriptors)")

    def add_writer(self, fd, callback, *args):
        raise _not_built("add_writer (file descriptors)")

    def remove_writer(self, fd):
        raise _not_built("remove_writer (file descriptors)")

    def add_signal_handler(self, sig, callback, *args):
        raise _not_built("add_signal_handler (signals)")

    def remove_signal_handler(self, sig):
        raise _not_built("remove_signal_handler (signals)")

    async def getaddrinfo(self, host, port, *, family=0, type=0, proto=0, flags=0):
        raise _not_built("getaddrinfo (sockets)")

    async def getnameinfo(self, sockaddr, flags=0):
        raise _not_built("getnameinfo (sockets)")

    async def create_connection(self, *args, **kwargs):
        raise _not_built("create_connection (sockets)")

    async def create_server(self, *args, **kwargs):
        raise _not_built("create_server (sockets)")

    async def create_unix_connection(self, *args, **kwargs):
        raise _not_built("create_unix_connection (sockets)")

    async def create_unix_server(self, *args, **kwargs):
        raise _not_built("create_unix_server (sockets)")

    async def create_datagram_endpoint(self, *args, **kwargs):
        raise _not_built("create_datagram_endpoint (sockets)")

    async def connect_accepted_socket(self, *args, **kwargs):
        raise _not_built("connect_accepted_socket (sockets)")

    async def sock_recv(self, sock, nbytes):
        raise _not_built("sock_recv (sockets)")

    async def sock_sendall(self, sock, data):
        raise _not_built("sock_sendall (sockets)")

    async def sock_connect(self, sock, address):
        raise _not_built("sock_connect (sockets)")

    async def sock_accept(self, sock):
        raise _not_built("sock_accept (sockets)")

    async def sendfile(self, *args, **kwargs):
        raise _not_built("sendfile")

    async def start_tls(self, *args, **kwargs):
        raise _not_built("start_tls (TLS)")

    async def connect_read_pipe(self, protocol_factory, pipe):
        raise _not_built("connect_read_pipe (pipes)")

    async def connect_write_pipe(self, protocol_factory, pipe):
        raise _not_built("connect_write_pipe (pipes)")

    async def subprocess_shell(self, *args, **kwargs):
        raise _not_built("subprocess_shell (subprocesses)")

    async def subprocess_exec(self, *args, **kwargs):
        raise _not_built("subprocess_exec (subprocesses)")


class _UnixSelectorEventLoop(BaseEventLoop):
    """The loop new_event_loop() makes (named as CPython's is on Linux)."""


SelectorEventLoop = _UnixSelectorEventLoop
