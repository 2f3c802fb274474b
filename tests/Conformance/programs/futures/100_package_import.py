# Importing concurrent.futures as a package: names, parents, submodules bound on their package.
import concurrent.futures
import concurrent
from concurrent.futures import ThreadPoolExecutor, as_completed, wait
from concurrent.futures import thread, _base
import concurrent.futures.thread as cft
import sys

print(concurrent.__name__, repr(concurrent.__package__))
print(concurrent.futures.__name__, repr(concurrent.futures.__package__))
print(thread.__name__, repr(thread.__package__))
print(_base.__name__, repr(_base.__package__))
print(hasattr(concurrent, '__path__'), hasattr(concurrent.futures, '__path__'))
print(hasattr(thread, '__path__'), hasattr(_base, '__path__'))
print(type(concurrent.futures.__path__).__name__)
print(concurrent.futures is sys.modules['concurrent.futures'])
print(concurrent.futures.thread is thread, cft is thread)
print(concurrent.futures._base is _base)
print(ThreadPoolExecutor is thread.ThreadPoolExecutor)
print(ThreadPoolExecutor is concurrent.futures.ThreadPoolExecutor)
print(as_completed is _base.as_completed, wait is _base.wait)
print(concurrent.futures.Future is _base.Future)
print(concurrent.futures.TimeoutError is TimeoutError)
print(issubclass(concurrent.futures.CancelledError, Exception))
print(issubclass(concurrent.futures.InvalidStateError, Exception))
print(issubclass(concurrent.futures.BrokenExecutor, RuntimeError))
print(issubclass(thread.BrokenThreadPool, concurrent.futures.BrokenExecutor))
print(concurrent.futures.FIRST_COMPLETED, concurrent.futures.FIRST_EXCEPTION, concurrent.futures.ALL_COMPLETED)
print(sorted(concurrent.futures.__all__))
for name in ['concurrent', 'concurrent.futures', 'concurrent.futures._base', 'concurrent.futures.thread']:
    print(name, name in sys.modules)
print(ThreadPoolExecutor.__module__, ThreadPoolExecutor.__name__)
print(concurrent.futures.Future.__module__, concurrent.futures.Future.__qualname__)
print(concurrent.futures.CancelledError.__module__)
print(issubclass(ThreadPoolExecutor, concurrent.futures.Executor))
