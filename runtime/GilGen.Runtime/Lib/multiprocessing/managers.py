"""GilGen's multiprocessing.managers: Manager() with dict, list, Value, Lock and RLock.

Written in Python over _interpreters (docs/architecture/design.md §5 and §5c), with CPython's architecture: the
manager is a process of its own (a worker interpreter) that holds the shared objects; the other processes hold
proxies, whose every method call is run by the manager on its object, arguments and results copied as pickling
copies them. A proxy can be given to another process (an argument of Process or Pool) and reaches the same
object. Each method call is one step in the manager, so `d[k] += 1` (a get, then a set) can lose updates between
processes, as in CPython, unless they hold a lock.
"""

import operator
import threading
import _interpreters
import _sharedctypes
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


_factories = {'dict': dict, 'list': list, 'Value': _Value}


def _manager_init(name, identity):
    # Runs first in the manager process: makes current_process() the manager.
    process._current_process = process._PoolWorkerProcess(name, identity)


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
}


def _call(ident, name, args, kwds):
    obj = _objects[ident]
    operation = _operations.get(name)
    if operation is not None:
        result = operation(obj, *args)
        return None if name == '__imul__' else result
    return getattr(obj, name)(*args, **kwds)


def _call_list(ident, name):
    # dict views cannot be pickled: the manager sends keys(), values() and items() as lists, as CPython's does.
    return list(getattr(_objects[ident], name)())


class BaseProxy(object):
    """A reference to an object in a manager process; methods run there."""

    def __init__(self, worker, ident, typeid):
        self._worker = worker
        self._id = ident
        self._typeid = typeid

    def _callmethod(self, methodname, args=(), kwds={}):
        return self._worker.call(_call, (self._id, methodname, tuple(args), dict(kwds)), {})

    def _getvalue(self):
        """A copy of the referent."""
        return self._callmethod('copy') if self._typeid != 'Value' else self._callmethod('get')

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


_proxies = {'dict': DictProxy, 'list': ListProxy, 'Value': ValueProxy}
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
    """The manager Manager() starts: dict, list, Value, Lock, RLock."""

    def dict(self, *args, **kwds):
        return self._create('dict', *args, **kwds)

    def list(self, *args, **kwds):
        return self._create('list', *args, **kwds)

    def Value(self, typecode, value, lock=True):
        return self._create('Value', typecode, value, lock)

    def Lock(self):
        # A lock every process shares directly, rather than a proxy of one in the manager: the manager runs one
        # call at a time, so a blocking acquire there would stop it.
        return _sharedctypes.Lock()

    def RLock(self):
        return _sharedctypes.RLock()


def Manager():
    """A started SyncManager (multiprocessing.Manager)."""
    m = SyncManager()
    m.start()
    return m


def _shutdown_managers():
    # CPython ends a manager process by a finalizer at exit: so does GilGen, or the interpreter would wait for it.
    for m in list(_live_managers):
        m.shutdown()


threading._register_atexit(_shutdown_managers)
