"""types: the interpreter's own types by name, SimpleNamespace, and the class-making helpers (new_class,
resolve_bases, prepare_class, get_original_bases), after CPython 3.12's types.py. GilGen has no code, frame or
getset/member descriptor objects: CodeType, FrameType, GetSetDescriptorType and MemberDescriptorType are absent
(AttributeError)."""

import sys
from _thread import get_ident as _get_ident

__all__ = [
    'AsyncGeneratorType', 'BuiltinFunctionType', 'BuiltinMethodType', 'CellType', 'ClassMethodDescriptorType',
    'CoroutineType', 'EllipsisType', 'FunctionType', 'GeneratorType', 'GenericAlias', 'LambdaType', 'MappingProxyType',
    'MethodDescriptorType', 'MethodType', 'MethodWrapperType', 'ModuleType', 'NoneType', 'NotImplementedType',
    'SimpleNamespace', 'TracebackType', 'UnionType', 'WrapperDescriptorType', 'coroutine', 'get_original_bases', 'new_class', 'prepare_class', 'resolve_bases',
]


def _f():
    pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
CellType = type((lambda x: lambda: x)(1).__closure__[0])


def _g():
    yield 1


GeneratorType = type(_g())


async def _c():
    pass


_c = _c()
CoroutineType = type(_c)
_c.close()


async def _ag():
    yield


_ag = _ag()
AsyncGeneratorType = type(_ag)


class _C:
    def _m(self):
        pass


MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
MethodDescriptorType = type(str.join)
WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
ClassMethodDescriptorType = type(dict.__dict__['fromkeys'])
ModuleType = type(sys)
MappingProxyType = type(type.__dict__)

try:
    raise TypeError
except TypeError as exc:
    TracebackType = type(exc.__traceback__)

GenericAlias = type(list[int])
UnionType = type(int | str)
EllipsisType = type(Ellipsis)
NoneType = type(None)
NotImplementedType = type(NotImplemented)

del sys, _f, _g, _C, _c, _ag


_repr_running = set()


class SimpleNamespace:
    """A simple attribute-based namespace: SimpleNamespace(**kwargs)."""

    def __init__(self, /, *args, **kwargs):
        if args:
            raise TypeError("no positional arguments expected")
        self.__dict__.update(kwargs)

    def __repr__(self):
        # A namespace inside itself prints as namespace(...), per thread, as CPython's Py_ReprEnter.
        key = (id(self), _get_ident())
        if key in _repr_running:
            return "namespace(...)"
        _repr_running.add(key)
        try:
            items = (f"{k}={v!r}" for k, v in self.__dict__.items())
            return "namespace({})".format(", ".join(items))
        finally:
            _repr_running.discard(key)

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented


SimpleNamespace.__module__ = 'types'


def resolve_bases(bases):
    """The bases with each __mro_entries__ applied, as a class statement resolves them."""
    new_bases = list(bases)
    updated = False
    shift = 0
    for i, base in enumerate(bases):
        if isinstance(base, type):
            continue
        if not hasattr(base, "__mro_entries__"):
            continue
        new_base = base.__mro_entries__(bases)
        updated = True
        if not isinstance(new_base, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        else:
            new_bases[i + shift:i + shift + 1] = new_base
            shift += len(new_base) - 1
    if not updated:
        return bases
    return tuple(new_bases)


def prepare_class(name, bases=(), kwds=None):
    """The metaclass, the namespace and the keywords left, as a class statement computes them."""
    if kwds is None:
        kwds = {}
    else:
        kwds = dict(kwds)
    if 'metaclass' in kwds:
        meta = kwds.pop('metaclass')
    else:
        if bases:
            meta = type(bases[0])
        else:
            meta = type
    if isinstance(meta, type):
        meta = _calculate_meta(meta, bases)
    if hasattr(meta, '__prepare__'):
        ns = meta.__prepare__(name, bases, **kwds)
    else:
        ns = {}
    return meta, ns, kwds


def _calculate_meta(meta, bases):
    winner = meta
    for base in bases:
        base_meta = type(base)
        if issubclass(winner, base_meta):
            continue
        if issubclass(base_meta, winner):
            winner = base_meta
            continue
        raise TypeError("metaclass conflict: "
                        "the metaclass of a derived class "
                        "must be a (non-strict) subclass "
                        "of the metaclasses of all its bases")
    return winner


def new_class(name, bases=(), kwds=None, exec_body=None):
    """A class made as a class statement would make it; exec_body(ns) fills its namespace."""
    resolved_bases = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved_bases, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved_bases is not bases:
        ns['__orig_bases__'] = bases
    return meta(name, resolved_bases, ns, **kwds)


def get_original_bases(cls, /):
    """The bases as written in the class statement (__orig_bases__), else __bases__."""
    try:
        return cls.__dict__.get("__orig_bases__", cls.__bases__)
    except AttributeError:
        raise TypeError(f"Expected an instance of type, not {type(cls).__name__!r}") from None


def coroutine(func):
    """Makes a generator function usable as a coroutine; GilGen's generators cannot be marked so: refused."""
    raise NotImplementedError("GilGen does not support types.coroutine yet")
