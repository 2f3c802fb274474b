"""GilGen's asyncio: an event loop, tasks, futures, synchronization primitives and queues for coroutines.

A package written in Python, as CPython's is (docs/architecture/design.md §5), laid out as CPython's
modules are (events, base_events, futures, tasks, locks, queues, timeouts, taskgroups, runners,
threads). The behaviour and error texts follow CPython 3.12's. One event loop runs per thread; awaiting
never releases the GIL; a loop with nothing ready blocks (the GIL released) until its next timer or a
call from another thread (run_in_executor's threads, call_soon_threadsafe). Streams, sockets,
subprocesses and signals are not built: they raise NotImplementedError (docs/language-support.md).
"""

from asyncio.exceptions import (CancelledError, InvalidStateError, TimeoutError, IncompleteReadError,
                                LimitOverrunError, SendfileNotAvailableError, BrokenBarrierError)
from asyncio.coroutines import iscoroutine, iscoroutinefunction
from asyncio.events import (AbstractEventLoopPolicy, AbstractEventLoop, AbstractServer, Handle,
                            TimerHandle, get_event_loop_policy, set_event_loop_policy, get_event_loop,
                            set_event_loop, new_event_loop, get_child_watcher, set_child_watcher,
                            _set_running_loop, get_running_loop, _get_running_loop,
                            DefaultEventLoopPolicy)
from asyncio.futures import Future, wrap_future, isfuture
from asyncio.locks import Lock, Event, Condition, Semaphore, BoundedSemaphore, Barrier
from asyncio.queues import Queue, PriorityQueue, LifoQueue, QueueFull, QueueEmpty
from asyncio.tasks import (Task, create_task, FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED, wait,
                           wait_for, as_completed, sleep, gather, shield, ensure_future,
                           run_coroutine_threadsafe, current_task, all_tasks)
from asyncio.timeouts import Timeout, timeout, timeout_at
from asyncio.taskgroups import TaskGroup
from asyncio.base_events import BaseEventLoop, SelectorEventLoop
from asyncio.runners import Runner, run
from asyncio.threads import to_thread

def _not_built(what):
    def refuse(*args, **kwargs):
        raise NotImplementedError(f"GilGen does not support asyncio.{what} yet")
    refuse.__name__ = what
    refuse.__qualname__ = what
    return refuse


# Streams, subprocesses and the rest of the I/O layer are not built.
open_connection = _not_built('open_connection (streams)')
start_server = _not_built('start_server (streams)')
open_unix_connection = _not_built('open_unix_connection (streams)')
start_unix_server = _not_built('start_unix_server (streams)')
StreamReader = _not_built('StreamReader (streams)')
StreamWriter = _not_built('StreamWriter (streams)')
create_subprocess_exec = _not_built('create_subprocess_exec (subprocesses)')
create_subprocess_shell = _not_built('create_subprocess_shell (subprocesses)')

__all__ = (
    'BaseEventLoop', 'SelectorEventLoop', 'Runner', 'run',
    'CancelledError', 'InvalidStateError', 'TimeoutError', 'IncompleteReadError', 'LimitOverrunError',
    'SendfileNotAvailableError', 'BrokenBarrierError',
    'iscoroutine', 'iscoroutinefunction',
    'AbstractEventLoopPolicy', 'AbstractEventLoop', 'AbstractServer', 'Handle', 'TimerHandle',
    'get_event_loop_policy', 'set_event_loop_policy', 'get_event_loop', 'set_event_loop',
    'new_event_loop', 'get_child_watcher', 'set_child_watcher', 'get_running_loop',
    'DefaultEventLoopPolicy',
    'Future', 'wrap_future', 'isfuture',
    'Lock', 'Event', 'Condition', 'Semaphore', 'BoundedSemaphore', 'Barrier',
    'Queue', 'PriorityQueue', 'LifoQueue', 'QueueFull', 'QueueEmpty',
    'Task', 'create_task', 'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED', 'wait', 'wait_for',
    'as_completed', 'sleep', 'gather', 'shield', 'ensure_future', 'run_coroutine_threadsafe',
    'current_task', 'all_tasks',
    'Timeout', 'timeout', 'timeout_at', 'TaskGroup', 'to_thread',
    'open_connection', 'start_server', 'open_unix_connection', 'start_unix_server',
    'StreamReader', 'StreamWriter', 'create_subprocess_exec', 'create_subprocess_shell',
)
