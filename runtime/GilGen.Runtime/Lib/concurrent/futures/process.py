"""GilGen's concurrent.futures.process: ProcessPoolExecutor.

GilGen has no multiprocessing yet, so there are no worker processes to run calls on: making a
ProcessPoolExecutor raises NotImplementedError saying so (docs/language-support.md), never a pool that
silently runs on threads.
"""

from concurrent.futures import _base


class BrokenProcessPool(_base.BrokenExecutor):
    """Raised when a process in a ProcessPoolExecutor terminated abruptly while a future was pending."""


class ProcessPoolExecutor(_base.Executor):
    """An executor that runs calls in worker processes: not supported by GilGen yet."""

    def __init__(self, max_workers=None, mp_context=None, initializer=None, initargs=(),
                 *, max_tasks_per_child=None):
        raise NotImplementedError(
            "GilGen does not support process pools yet (ProcessPoolExecutor needs multiprocessing); "
            "use ThreadPoolExecutor")
