"""GilGen's concurrent.futures: run calls asynchronously on a pool of threads.

The package's modules are written in Python (docs/architecture/design.md §5): _base (Future, wait,
as_completed, Executor), thread (ThreadPoolExecutor) and process (ProcessPoolExecutor, on worker
interpreters, docs/architecture/design.md §5c). CPython imports thread and process lazily through a module __getattr__; here they are
imported with the package.
"""

from concurrent.futures._base import (FIRST_COMPLETED,
                                      FIRST_EXCEPTION,
                                      ALL_COMPLETED,
                                      CancelledError,
                                      TimeoutError,
                                      InvalidStateError,
                                      BrokenExecutor,
                                      Future,
                                      Executor,
                                      wait,
                                      as_completed)
from concurrent.futures.thread import ThreadPoolExecutor
from concurrent.futures.process import ProcessPoolExecutor

__all__ = (
    'FIRST_COMPLETED',
    'FIRST_EXCEPTION',
    'ALL_COMPLETED',
    'CancelledError',
    'TimeoutError',
    'BrokenExecutor',
    'Future',
    'Executor',
    'wait',
    'as_completed',
    'ProcessPoolExecutor',
    'ThreadPoolExecutor',
)

