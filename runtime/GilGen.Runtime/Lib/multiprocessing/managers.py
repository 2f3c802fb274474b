"""GilGen's multiprocessing.managers: Manager() with dict, list, Value, Array, Queue, JoinableQueue, Event, Lock,
RLock, Semaphore, BoundedSemaphore, Condition and Barrier.

Written in Python over _interpreters (docs/architecture/design.md §5 and §5c), with CPython's architecture: the
manager is a process of its own (a worker interpreter) that holds the shared objects; the other processes hold
proxies, whose every method call is run by the manager on its object, arguments and results copied as pickling
copies them. A proxy can be given to another process (an argument of Process or Pool) and reaches the same
object. Each method call is one step in the manager, so `d[k] += 1` (a get, then a set) can lose updates between
processes, as in CPython, unless they hold a lock.

The synchronisation types (queues, events, semaphores, conditions, barriers) are the threading and queue objects
in the manager, reached as CPython's server reaches them: each proxy has a connection per thread that uses it, a
thread of the manager serving that connection's calls in order (so a call that blocks, a get() or a wait(), blocks
that connection only, and a lock a connection's thread acquired is released by the same thread). The caller waits
for a call's end on a process lock the serving thread releases.
"""

import array
import collections
import operator
import os
import queue
import threading
import _interpreters
import _multiprocessing
from multiprocessing import process

__all__ = ['BaseManager', 'SyncManager', 'BaseProxy', 'Manager']

# In the manager process: the objects its proxies name, by id.
_objects = {}
_next_id = [0]


class _Value(object):
    """The object behind Manager().Value (CPython's managers.Value)."""

    def __init__(self, typecode, value, lock=True):
        self._typecode = typecode
        self._value = value

    def get(self):
        return self._value

    def set(self, value):
        self._value = value

    def __repr__(self):
        return '%s(%r, %r)' % (type(self).__name__.lstrip('_'), self._typecode, self._value)


class _Channel(object):
    """One direction of a multiprocessing.Pipe(), in the process that serves pipes: what one end sends and the other
    receives, in order, and how many handles on each end are open (an end copied into another process is one more,
    as a file descriptor is: the reader sees EOF once every handle on the sending end is closed)."""

    def __init__(self):
        self._cond = threading.Condition(threading.Lock())
        self._items = collections.deque()
        self._writers = 1
        self._readers = 1

    @property
    def _writer_closed(self):
        return self._writers == 0

    def open_writer(self):
        with self._cond:
            self._writers += 1

    def open_reader(self):
        with self._cond:
            self._readers += 1

    def put(self, obj):
        with self._cond:
            if self._readers == 0:
                raise BrokenPipeError(32, 'Broken pipe')
            self._items.append(obj)
            self._cond.notify_all()

    def get(self):
        with self._cond:
            while not self._items:
                if self._writer_closed:
                    raise EOFError
                self._cond.wait()
            return self._items.popleft()

    def poll(self, timeout):
        # True when a recv() would not block: an object is there, or the sending end is closed (recv raises EOFError).
        with self._cond:
            ready = lambda: self._items or self._writer_closed
            if timeout is None:
                self._cond.wait_for(ready)
            elif timeout > 0:
                self._cond.wait_for(ready, timeout)
            return bool(self._items) or self._writer_closed

    def close_writer(self):
        with self._cond:
            self._writers -= 1
            self._cond.notify_all()

    def close_reader(self):
        with self._cond:
            self._readers -= 1
            if self._readers == 0:
                self._items.clear()


def _condition(lock=None):
    return threading.Condition(lock)


_factories = {'dict': dict, 'list': list, 'Value': _Value, 'Array': array.array, 'Queue': queue.Queue,
              'JoinableQueue': queue.Queue, 'Event': threading.Event, 'Semaphore': threading.Semaphore,
              'BoundedSemaphore': threading.BoundedSemaphore, 'Condition': _condition,
              'Barrier': threading.Barrier, 'Channel': _Channel}


def _manager_init(name, identity):
    # Runs first in the manager process: makes current_process() the manager, parent_process() its starter.
    process._current_process = process._PoolWorkerProcess(name, identity)
    process._parent_process = process._ParentProcess('MainProcess', os.getppid())


def _create(typeid, args, kwds):
    obj = _factories[typeid](*args, **kwds)
    _next_id[0] += 1
    _objects[_next_id[0]] = obj
    return _next_id[0]


# The protocol methods a proxy forwards, run through the operations themselves (the builtin classes need not
# have each dunder as an attribute).
_operations = {
    '__add__': operator.add, '__mul__': operator.mul, '__rmul__': lambda obj, n: n * obj,
    '__imul__': operator.imul, '__contains__': operator.contains, '__getitem__': operator.getitem,
    '__setitem__': operator.setitem, '__delitem__': operator.delitem, '__len__': len, '__repr__': repr,
    '__reversed__': lambda obj: list(reversed(obj)),
    '__getattribute__': getattr,
}


def _call(ident, name, args, kwds):
    obj = _objects[ident]
    operation = _operations.get(name)
    if operation is not None:
        result = operation(obj, *args)
        return None if name == '__imul__' else result
    return getattr(obj, name)(*args, **kwds)


# In the manager process: each connection's queue of calls, served by a thread of its own; the calls' outcomes.
_connections = {}
_outcomes = {}


def _serve(requests):
    while True:
        request = requests.get()
        if request is None:
            return
        ticket, ident, name, args, kwds, done = request
        try:
            _outcomes[ticket] = (True, _call(ident, name, args, kwds))
        except BaseException as e:
            _outcomes[ticket] = (False, e)
        done.release()


def _connect():
    _next_id[0] += 1
    requests = queue.SimpleQueue()
    _connections[_next_id[0]] = requests
    threading.Thread(target=_serve, args=(requests,), daemon=True).start()
    return _next_id[0]


def _submit(connection, ident, name, args, kwds, done):
    _next_id[0] += 1
    _connections[connection].put((_next_id[0], ident, name, args, kwds, done))
    return _next_id[0]


def _outcome(ticket):
    ok, value = _outcomes.pop(ticket)
    if ok:
        return value
    raise value


def _call_list(ident, name):
    # dict views cannot be pickled: the manager sends keys(), values() and items() as lists, as CPython's does.
    return list(getattr(_objects[ident], name)())


class BaseProxy(object):
    """A reference to an object in a manager process; methods run there."""

    def __init__(self, worker, ident, typeid):
        self._worker = worker
        self._id = ident
        self._typeid = typeid
        self._connections = {}

    def __getstate__(self):
        # A copy in another process opens connections of its own.
        return (self._worker, self._id, self._typeid)

    def __setstate__(self, state):
        self._worker, self._id, self._typeid = state
        self._connections = {}

    # A child started by fork gets a proxy that opens connections of its own too (ForkSnapshot.cs).
    _fork_getstate = __getstate__

    def _callserved(self, methodname, args=(), kwds={}):
        """Calls the method on this thread's connection (a call that may block, or that must run on one thread)."""
        me = threading.get_ident()
        connection = self._connections.get(me)
        if connection is None:
            connection = self._connections[me] = self._worker.call(_connect, (), {})
        done = _multiprocessing.manager_lock(False)
        done.acquire()
        ticket = self._worker.call(_submit, (connection, self._id, methodname, tuple(args), dict(kwds), done), {})
        done.acquire()
        return self._worker.call(_outcome, (ticket,), {})

    def _callmethod(self, methodname, args=(), kwds={}):
        return self._worker.call(_call, (self._id, methodname, tuple(args), dict(kwds)), {})

    def _getvalue(self):
        """A copy of the referent."""
        if self._typeid == 'Value':
            return self._callmethod('get')
        if self._typeid == 'Array':
            return self[:]
        return self._callmethod('copy')

    def __repr__(self):
        return '<%s object, typeid %r at %#x>' % (type(self).__name__, self._typeid, id(self))

    def __str__(self):
        return self._callmethod('__repr__')


def _proxy_method(name):
    def method(self, *args, **kwds):
        return self._callmethod(name, args, kwds)
    method.__name__ = name
    return method


class DictProxy(BaseProxy):
    def _list(self, name):
        return self._worker.call(_call_list, (self._id, name), {})

    def __iter__(self):
        return iter(self._list('keys'))

    def keys(self):
        return self._list('keys')

    def values(self):
        return self._list('values')

    def items(self):
        return self._list('items')


for _name in ('__contains__', '__delitem__', '__getitem__', '__len__', '__setitem__', 'clear', 'copy', 'get',
              'pop', 'popitem', 'setdefault', 'update'):
    setattr(DictProxy, _name, _proxy_method(_name))


class ListProxy(BaseProxy):
    def copy(self):
        return self._callmethod('copy')

    def __iadd__(self, value):
        self._callmethod('extend', (value,))
        return self

    def __imul__(self, value):
        self._callmethod('__imul__', (value,))
        return self


for _name in ('__add__', '__contains__', '__delitem__', '__getitem__', '__len__', '__mul__', '__reversed__',
              '__rmul__', '__setitem__', 'append', 'count', 'extend', 'index', 'insert', 'pop', 'remove',
              'reverse', 'sort'):
    setattr(ListProxy, _name, _proxy_method(_name))


class ValueProxy(BaseProxy):
    def get(self):
        return self._callmethod('get')

    def set(self, value):
        return self._callmethod('set', (value,))

    value = property(get, set)


def _array_slice(ident, start, stop, step):
    # An array (or a slice) travels as its typecode and items: the copy between processes has no array type.
    obj = _objects[ident][start:stop:step]
    return obj.typecode, obj.tolist()


class ArrayProxy(BaseProxy):
    def __len__(self):
        return self._callmethod('__len__')

    def __getitem__(self, key):
        if isinstance(key, slice):
            typecode, items = self._worker.call(_array_slice, (self._id, key.start, key.stop, key.step), {})
            return array.array(typecode, items)
        return self._callmethod('__getitem__', (key,))

    def __setitem__(self, key, value):
        return self._callmethod('__setitem__', (key, value))


def _served_method(name):
    def method(self, *args, **kwds):
        return self._callserved(name, args, kwds)
    method.__name__ = name
    return method


class AutoProxy(BaseProxy):
    """The proxies of a manager's Queue and JoinableQueue (CPython's AutoProxy[Queue]): their public methods."""


for _name in ('empty', 'full', 'get', 'get_nowait', 'join', 'put', 'put_nowait', 'qsize', 'task_done'):
    setattr(AutoProxy, _name, _served_method(_name))

# CPython makes a class per typeid, named after it; the qualified name is the one a copy into another process finds.
_QueueProxy = type('AutoProxy[Queue]', (AutoProxy,), {'__qualname__': '_QueueProxy', '__module__': __name__})
_JoinableQueueProxy = type('AutoProxy[JoinableQueue]', (AutoProxy,),
                           {'__qualname__': '_JoinableQueueProxy', '__module__': __name__})


class EventProxy(BaseProxy):
    is_set = _served_method('is_set')
    set = _served_method('set')
    clear = _served_method('clear')
    wait = _served_method('wait')


class AcquirerProxy(BaseProxy):
    def acquire(self, blocking=True, timeout=None):
        args = (blocking,) if timeout is None else (blocking, timeout)
        return self._callserved('acquire', args)

    def release(self):
        return self._callserved('release')

    def __enter__(self):
        return self._callserved('acquire')

    def __exit__(self, exc_type, exc_val, exc_tb):
        return self._callserved('release')


class ConditionProxy(AcquirerProxy):
    def wait(self, timeout=None):
        return self._callserved('wait', (timeout,))

    def notify(self, n=1):
        return self._callserved('notify', (n,))

    def notify_all(self):
        return self._callserved('notify_all')

    def wait_for(self, predicate, timeout=None):
        # As CPython's: the predicate runs here, between waits in the manager.
        import time
        result = predicate()
        if result:
            return result
        if timeout is not None:
            endtime = time.monotonic() + timeout
        else:
            endtime = None
            waittime = None
        while not result:
            if endtime is not None:
                waittime = endtime - time.monotonic()
                if waittime <= 0:
                    break
            self.wait(waittime)
            result = predicate()
        return result


class BarrierProxy(BaseProxy):
    def wait(self, timeout=None):
        return self._callserved('wait', (timeout,))

    def abort(self):
        return self._callserved('abort')

    def reset(self):
        return self._callserved('reset')

    @property
    def parties(self):
        return self._callmethod('__getattribute__', ('parties',))

    @property
    def n_waiting(self):
        return self._callmethod('__getattribute__', ('n_waiting',))

    @property
    def broken(self):
        return self._callmethod('__getattribute__', ('broken',))


class ChannelProxy(BaseProxy):
    put = _served_method('put')
    get = _served_method('get')
    poll = _served_method('poll')
    close_writer = _served_method('close_writer')
    open_writer = _served_method('open_writer')
    open_reader = _served_method('open_reader')
    close_reader = _served_method('close_reader')


_proxies = {'dict': DictProxy, 'list': ListProxy, 'Value': ValueProxy, 'Array': ArrayProxy, 'Queue': _QueueProxy,
            'JoinableQueue': _JoinableQueueProxy, 'Event': EventProxy, 'Semaphore': AcquirerProxy,
            'BoundedSemaphore': AcquirerProxy, 'Condition': ConditionProxy, 'Barrier': BarrierProxy,
            'Channel': ChannelProxy}
_live_managers = []


class BaseManager(object):
    """Starts a manager process and makes proxies of the objects it holds."""

    def __init__(self, address=None, authkey=None, serializer='pickle', ctx=None, *, shutdown_timeout=1.0):
        if address is not None or authkey is not None:
            raise NotImplementedError("GilGen does not support managers reached through an address yet")
        self._worker = None

    def start(self, initializer=None, initargs=()):
        """Starts the manager process."""
        if self._worker is not None:
            raise ValueError('Unknown state %r' % 'started')
        identity = (next(process._process_counter),)
        name = 'SyncManager-%d' % identity[0]
        self._worker = _interpreters.start(name)
        self._worker.call(_manager_init, (name, identity), {})
        if initializer is not None:
            self._worker.call(initializer, tuple(initargs), {})
        _live_managers.append(self)

    def _create(self, typeid, *args, **kwds):
        if self._worker is None:
            raise ValueError('Unknown state %r' % 'initial')
        ident = self._worker.call(_create, (typeid, args, kwds), {})
        return _proxies[typeid](self._worker, ident, typeid)

    def shutdown(self):
        """Ends the manager process; its proxies stop working."""
        worker, self._worker = self._worker, None
        if worker is not None:
            worker.close()
            worker.join(None)
            if self in _live_managers:
                _live_managers.remove(self)

    def __enter__(self):
        if self._worker is None:
            self.start()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown()


class SyncManager(BaseManager):
    """The manager Manager() starts: dict, list, Value, Array, Queue, JoinableQueue, Event, Lock, RLock,
    Semaphore, BoundedSemaphore, Condition, Barrier."""

    def dict(self, *args, **kwds):
        return self._create('dict', *args, **kwds)

    def list(self, *args, **kwds):
        return self._create('list', *args, **kwds)

    def Value(self, typecode, value, lock=True):
        return self._create('Value', typecode, value, lock)

    def Array(self, typecode, sequence, lock=True):
        return self._create('Array', typecode, sequence)

    def Queue(self, maxsize=0):
        return self._create('Queue', maxsize)

    def JoinableQueue(self, maxsize=0):
        return self._create('JoinableQueue', maxsize)

    def Event(self):
        return self._create('Event')

    def Semaphore(self, value=1):
        return self._create('Semaphore', value)

    def BoundedSemaphore(self, value=1):
        return self._create('BoundedSemaphore', value)

    def Condition(self, lock=None):
        return self._create('Condition', lock)

    def Barrier(self, parties, action=None, timeout=None):
        return self._create('Barrier', parties, action, timeout)

    def Lock(self):
        # A lock every process shares directly, rather than a proxy of one in the manager: the manager runs one
        # call at a time, so a blocking acquire there would stop it.
        return _multiprocessing.manager_lock(False)

    def RLock(self):
        return _multiprocessing.manager_lock(True)


def Manager():
    """A started SyncManager (multiprocessing.Manager)."""
    m = SyncManager()
    m.start()
    return m


_channel_server = []


def channel_server():
    """The manager process that holds this process's pipes, started by the first Pipe(). It takes no process
    number (CPython's pipes are the operating system's, not a process), and ends at exit as managers do."""
    if not _channel_server:
        m = BaseManager()
        m._worker = _interpreters.start('PipeServer')
        m._worker.call(_manager_init, ('PipeServer', (0,)), {})
        _live_managers.append(m)
        _channel_server.append(m)
    return _channel_server[0]


def _shutdown_managers():
    # CPython ends a manager process by a finalizer at exit: so does GilGen, or the interpreter would wait for it.
    for m in list(_live_managers):
        m.shutdown()


threading._register_atexit(_shutdown_managers)
