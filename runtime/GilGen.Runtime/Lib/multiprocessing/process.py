"""GilGen's multiprocessing.process: Process, current_process, parent_process, active_children.

Written in Python, as CPython's is (docs/architecture/design.md §5). A process is a worker interpreter
(_interpreters, docs/architecture/design.md §5c): an isolated interpreter with its own GIL, on an OS thread
of its own, started by its start method (multiprocessing.context): under fork it starts from a copy of the
parent's state that includes the Process object, under spawn and forkserver it runs a pickled copy of the
Process object's run(). Its pid is made up (see _interpreters).
"""

import itertools
import os
import sys
import threading
import traceback
import _interpreters

# CPython's names of the signals a negative exit code stands for.
_exitcode_to_name = {-15: '-SIGTERM', -9: '-SIGKILL', -2: '-SIGINT'}

_process_counter = itertools.count(1)


class ProcessError(Exception):
    """Base of multiprocessing's errors."""


class BufferTooShort(ProcessError):
    pass


class TimeoutError(ProcessError):
    """A result was not ready within the timeout."""


class AuthenticationError(ProcessError):
    pass


_children = set()


class BaseProcess(object):
    """A process object: run() runs in a child process once start() is called."""

    def __init__(self, group=None, target=None, name=None, args=(), kwargs={},
                 *, daemon=None):
        assert group is None, 'group argument must be None for now'
        count = next(_process_counter)
        self._identity = _current_process._identity + (count,)
        self._config = {}
        self._parent_pid = os.getpid()
        self._parent_name = _current_process.name
        self._worker = None
        self._pid = None
        self._closed = False
        self._target = target
        self._args = tuple(args)
        self._kwargs = dict(kwargs)
        self._name = name or type(self).__name__ + '-' + ':'.join(str(i) for i in self._identity)
        if daemon is not None:
            self.daemon = daemon

    def _check_closed(self):
        if self._closed:
            raise ValueError("process object is closed")

    def run(self):
        """What the child process runs: the target with its arguments, unless a subclass overrides it."""
        if self._target:
            self._target(*self._args, **self._kwargs)

    def start(self):
        """Starts the child process, which calls run()."""
        self._check_closed()
        assert self._worker is None, 'cannot start a process twice'
        assert self._parent_pid == os.getpid(), \
               'can only start a process object created by current process'
        assert not _current_process._config.get('daemon'), \
               'daemonic processes are not allowed to have children'
        _check_not_bootstrapping()
        _cleanup()
        from multiprocessing import context
        method = context._start_method_of(self)
        self._worker = _interpreters.start(self._name, _child_main, (self,), {}, method=method,
                                           parent_method=context._parent_start_method(method))
        self._pid = self._worker.pid()
        _children.add(self)

    def terminate(self):
        """Ends the child at once (exit code -15, as SIGTERM)."""
        self._check_closed()
        if self._worker is not None:
            self._worker.terminate()

    def kill(self):
        """Ends the child at once (exit code -9, as SIGKILL)."""
        self._check_closed()
        if self._worker is not None:
            self._worker.kill()

    def join(self, timeout=None):
        """Waits until the child ends, or timeout seconds have passed."""
        self._check_closed()
        assert self._parent_pid == os.getpid(), 'can only join a child process'
        assert self._worker is not None, 'can only join a started process'
        if self._worker.join(timeout):
            _children.discard(self)

    def is_alive(self):
        """Whether the child has started and not ended yet."""
        self._check_closed()
        if self is _current_process:
            return True
        assert self._parent_pid == os.getpid(), 'can only test a child process'
        if self._worker is None:
            return False
        if self._worker.exitcode() is None:
            return True
        _children.discard(self)
        return False

    def close(self):
        """Frees what the process object holds; the process must have ended."""
        if self._worker is not None and self._worker.exitcode() is None:
            raise ValueError("Cannot close a process while it is still running. "
                             "You should first call join() or terminate().")
        self._closed = True

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        assert isinstance(name, str), 'name must be a string'
        self._name = name

    @property
    def daemon(self):
        return self._config.get('daemon', False)

    @daemon.setter
    def daemon(self, daemonic):
        assert self._worker is None, 'process has already started'
        self._config['daemon'] = daemonic

    @property
    def exitcode(self):
        self._check_closed()
        if self._worker is None:
            return None
        return self._worker.exitcode()

    @property
    def ident(self):
        self._check_closed()
        if self is _current_process:
            return os.getpid()
        return self._pid

    pid = ident

    @property
    def sentinel(self):
        raise NotImplementedError("GilGen does not support Process.sentinel yet")

    def __getstate__(self):
        # What goes to the child: everything but the parent's handle on the worker.
        state = dict(self.__dict__)
        state['_worker'] = None
        return state

    def __repr__(self):
        exitcode = None
        if self is _current_process:
            status = 'started'
        elif self._closed:
            status = 'closed'
        elif self._parent_pid != os.getpid():
            status = 'unknown'
        elif self._worker is None:
            status = 'initial'
        else:
            exitcode = self._worker.exitcode()
            status = 'started' if exitcode is None else 'stopped'
        info = [type(self).__name__, 'name=%r' % self._name]
        if self._pid is not None:
            info.append('pid=%s' % self._pid)
        info.append('parent=%s' % self._parent_pid)
        info.append(status)
        if exitcode is not None:
            info.append('exitcode=%s' % _exitcode_to_name.get(exitcode, exitcode))
        if self.daemon:
            info.append('daemon')
        return '<%s>' % ' '.join(info)


class Process(BaseProcess):
    """multiprocessing.Process."""


class _MainProcess(BaseProcess):
    """The main process (current_process() in the program itself)."""

    def __init__(self):
        self._identity = ()
        self._name = 'MainProcess'
        self._parent_pid = None
        self._parent_name = None
        self._worker = None
        self._pid = None
        self._closed = False
        self._config = {}
        self._target = None
        self._args = ()
        self._kwargs = {}

    def close(self):
        pass


class _ParentProcess(BaseProcess):
    """parent_process() in a child: the process that started it."""

    def __init__(self, name, pid):
        self._identity = ()
        self._name = name
        self._pid = pid
        self._parent_pid = None
        self._parent_name = None
        self._worker = None
        self._closed = False
        self._config = {}

    def is_alive(self):
        # The parent outlives its children here: they are interpreters inside its process.
        return True

    def join(self, timeout=None):
        raise NotImplementedError("GilGen does not support joining the parent process yet")

    @property
    def ident(self):
        return self._pid

    pid = ident


class _PoolWorkerProcess(BaseProcess):
    """current_process() in a pool worker."""

    def __init__(self, name, identity):
        self._identity = identity
        self._name = name
        self._parent_pid = None
        self._parent_name = 'MainProcess'
        self._worker = None
        self._pid = None
        self._closed = False
        self._config = {}
        self._target = None
        self._args = ()
        self._kwargs = {}


_current_process = _MainProcess()
_parent_process = None
if _interpreters.worker_name() is not None:
    # This interpreter is a worker. While it re-runs the main module (spawn, forkserver) it is, as CPython's child
    # after spawn's prepare(), the main process object renamed, with no parent process yet: the parent is set
    # when the process starts running (_child_main, a pool's or a manager's init), as CPython's _bootstrap sets it.
    _current_process._name = _interpreters.worker_name()


def _become_child(process_obj):
    global _current_process, _parent_process, _process_counter
    forced = getattr(type(process_obj), '_start_method', None)
    if forced is not None:
        from multiprocessing import context
        context._force_start_method(forced)
    _parent_process = _ParentProcess(process_obj._parent_name, os.getppid())
    _current_process = process_obj
    _process_counter = itertools.count(1)


def _child_main(process_obj):
    """What a started Process runs in its worker interpreter (CPython's BaseProcess._bootstrap): the exit code."""
    _become_child(process_obj)
    try:
        process_obj.run()
        exitcode = 0
    except SystemExit as e:
        if e.code is None:
            exitcode = 0
        elif isinstance(e.code, int):
            exitcode = int(e.code)
        else:
            sys.stderr.write(str(e.code) + '\n')
            exitcode = 1
    except BaseException:
        exitcode = 1
        sys.stderr.write('Process %s:\n' % process_obj.name)
        traceback.print_exc()
    sys.stdout.flush()
    return exitcode


def _check_not_bootstrapping():
    # spawn re-runs the main module in the child: starting a process from there means the program has no
    # `if __name__ == "__main__":` guard, which CPython reports so.
    if _interpreters.bootstrapping():
        raise RuntimeError('''
        An attempt has been made to start a new process before the
        current process has finished its bootstrapping phase.

        This probably means that you are not using fork to start your
        child processes and you have forgotten to use the proper idiom
        in the main module:

            if __name__ == '__main__':
                freeze_support()
                ...

        The "freeze_support()" line can be omitted if the program
        is not going to be frozen to produce an executable.

        To fix this issue, refer to the "Safe importing of main module"
        section in https://docs.python.org/3/library/multiprocessing.html
        ''')


def _cleanup():
    for p in list(_children):
        if p._worker.exitcode() is not None:
            _children.discard(p)


def current_process():
    """The Process object of the calling process."""
    return _current_process


def parent_process():
    """The process that started the calling one, or None in the main process."""
    return _parent_process


def active_children():
    """The child processes still running (joining those that have ended)."""
    _cleanup()
    return list(_children)


def _exit_function():
    # CPython's multiprocessing.util._exit_function: daemonic children are terminated, the others joined.
    for p in list(_children):
        if p.daemon:
            p.terminate()
    for p in list(_children):
        p._worker.join(None)


threading._register_atexit(_exit_function)
