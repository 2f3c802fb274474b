"""typing for GilGen: the objects annotations are made of, with CPython 3.12's reprs, equality and errors.

What ordinary programs use at run time: the special forms (Any, Union, Optional, Literal, ClassVar, Final...), the
aliases of the builtin and collections.abc classes (List[int], Dict[str, int], Callable[[int], str]...), TypeVar,
Generic and Protocol as bases (a runtime_checkable protocol answers isinstance by its methods), cast, overload,
get_origin and get_args, NamedTuple, TypedDict (with Required and NotRequired), ParamSpec with Concatenate, and
NewType. Written for GilGen, after CPython's typing.py; what it leaves out (TypeVarTuple, get_type_hints of string
annotations, which need eval) raises NotImplementedError or is absent.
"""

import collections
import collections.abc
import contextlib
from abc import ABCMeta

__all__ = [
    'Any', 'Callable', 'ClassVar', 'Final', 'Generic', 'Literal', 'Optional', 'Protocol', 'Tuple', 'Type', 'TypeVar',
    'Union', 'AbstractSet', 'ByteString', 'Container', 'ContextManager', 'Hashable', 'ItemsView', 'Iterable',
    'Iterator', 'KeysView', 'Mapping', 'MappingView', 'MutableMapping', 'MutableSequence', 'MutableSet', 'Sequence',
    'Sized', 'ValuesView', 'Awaitable', 'AsyncIterator', 'AsyncIterable', 'Coroutine', 'Collection',
    'AsyncGenerator', 'Reversible', 'Counter', 'Deque', 'Dict', 'DefaultDict', 'List', 'OrderedDict', 'Set',
    'FrozenSet', 'Generator', 'cast', 'final', 'get_args', 'get_origin', 'no_type_check', 'overload',
    'runtime_checkable', 'Text', 'TYPE_CHECKING', 'TypeAlias', 'NoReturn', 'Never', 'Self', 'LiteralString',
    'get_type_hints', 'NamedTuple', 'TypedDict', 'NewType', 'ParamSpec', 'TypeVarTuple', 'Required', 'NotRequired',
    'Concatenate', 'ParamSpecArgs', 'ParamSpecKwargs',
]

TYPE_CHECKING = False
Text = str
_NoneType = type(None)


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if isinstance(obj, tuple):
        return '[' + ', '.join(_type_repr(t) for t in obj) + ']'
    return repr(obj)


def _type_convert(arg):
    if arg is None:
        return _NoneType
    return arg


def _type_check(arg, msg):
    arg = _type_convert(arg)
    if isinstance(arg, _GenericAlias) and arg.__origin__ in (Generic, Protocol, ClassVar, Final):
        raise TypeError(f"{arg} is not valid as type argument")
    if arg in (Any, LiteralString, NoReturn, Never, Self, TypeAlias):
        return arg
    if isinstance(arg, _SpecialForm) or arg in (Generic, Protocol):
        raise TypeError(f"Plain {arg} is not valid as type argument")
    if type(arg) is tuple:
        raise TypeError(f"{msg} Got {arg!r:.100}.")
    return arg


def _deduplicate(params):
    if len(params) < 2:
        return params
    new = []
    for p in params:
        if p not in new:
            new.append(p)
    return tuple(new)


def _remove_dups_flatten(parameters):
    params = []
    for p in parameters:
        if isinstance(p, (_UnionGenericAlias, type(int | str))):
            params.extend(p.__args__)
        else:
            params.append(p)
    return _deduplicate(params)


def _collect_type_vars(types):
    found = []
    for t in types:
        if isinstance(t, (TypeVar, ParamSpec)):
            if t not in found:
                found.append(t)
        for p in getattr(t, '__parameters__', ()):
            if isinstance(p, (TypeVar, ParamSpec)) and p not in found:
                found.append(p)
    return tuple(found)


class _Final:
    __slots__ = ()


class _SpecialForm(_Final):
    """Any, Union, Optional, ClassVar...: a form subscripted by __getitem__ (or not at all)."""

    def __init__(self, getitem, name, doc=''):
        self._getitem = getitem
        self._name = name
        self.__doc__ = doc

    def __repr__(self):
        return 'typing.' + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwds):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError(f"{self} cannot be used with isinstance()")

    def __subclasscheck__(self, cls):
        raise TypeError(f"{self} cannot be used with issubclass()")

    def __getitem__(self, parameters):
        if self._getitem is None:
            raise TypeError(f"{self} is not subscriptable")
        return self._getitem(self, parameters)

    def __eq__(self, other):
        return self is other

    def __hash__(self):
        return hash(self._name)


class _AnyForm(_SpecialForm):
    def __call__(self, *args, **kwds):
        raise TypeError("Any cannot be instantiated")


Any = _AnyForm(None, 'Any', 'Special type indicating an unconstrained type.')
NoReturn = _SpecialForm(None, 'NoReturn')
Never = _SpecialForm(None, 'Never')
Self = _SpecialForm(None, 'Self')
LiteralString = _SpecialForm(None, 'LiteralString')
TypeAlias = _SpecialForm(None, 'TypeAlias')


def _one_item_form(self, parameters):
    item = _type_check(parameters, f'{self} accepts only single type.')
    return _GenericAlias(self, (item,))


ClassVar = _SpecialForm(_one_item_form, 'ClassVar')
Final = _SpecialForm(_one_item_form, 'Final')
# A TypedDict's key that must be there, or need not be, whatever the class's total= says.
Required = _SpecialForm(_one_item_form, 'Required')
NotRequired = _SpecialForm(_one_item_form, 'NotRequired')


def _union_getitem(self, parameters):
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    msg = "Union[arg, ...]: each arg must be a type."
    parameters = tuple(_type_check(p, msg) for p in parameters)
    parameters = _remove_dups_flatten(parameters)
    if len(parameters) == 1:
        return parameters[0]
    if len(parameters) == 2 and _NoneType in parameters:
        return _UnionGenericAlias(self, parameters, name="Optional")
    return _UnionGenericAlias(self, parameters)


def _optional_getitem(self, parameters):
    arg = _type_check(parameters, f"{self} requires a single type.")
    return Union[arg, _NoneType]


def _literal_getitem(self, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    return _LiteralGenericAlias(self, parameters)


Union = _SpecialForm(_union_getitem, 'Union')
Optional = _SpecialForm(_optional_getitem, 'Optional')
Literal = _SpecialForm(_literal_getitem, 'Literal')


class TypeVar(_Final):
    """A type variable: ~T, +T (covariant) or -T (contravariant)."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False, infer_variance=False):
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        self.__name__ = name
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__infer_variance__ = bool(infer_variance)
        self.__constraints__ = tuple(_type_check(t, "TypeVar(name, constraint, ...): constraints must be types.") for t in constraints)
        self.__bound__ = None if bound is None else _type_check(bound, "Bound must be a type.")

    def __repr__(self):
        if self.__infer_variance__:
            prefix = ''
        elif self.__covariant__:
            prefix = '+'
        elif self.__contravariant__:
            prefix = '-'
        else:
            prefix = '~'
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __mro_entries__(self, bases):
        raise TypeError("Cannot subclass an instance of TypeVar")


class ParamSpecArgs(_Final):
    """P.args: the type of a function's *args whose parameters are the ParamSpec P's."""

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.args"

    def __eq__(self, other):
        if not isinstance(other, ParamSpecArgs):
            return NotImplemented
        return self.__origin__ == other.__origin__

    def __hash__(self):
        return hash((ParamSpecArgs, self.__origin__))


class ParamSpecKwargs(_Final):
    """P.kwargs: the type of a function's **kwargs whose parameters are the ParamSpec P's."""

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.kwargs"

    def __eq__(self, other):
        if not isinstance(other, ParamSpecKwargs):
            return NotImplemented
        return self.__origin__ == other.__origin__

    def __hash__(self):
        return hash((ParamSpecKwargs, self.__origin__))


class ParamSpec(_Final):
    """A parameter specification variable, ~P: the parameters of a callable, as in Callable[P, R], P.args, P.kwargs."""

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False, infer_variance=False):
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        self.__name__ = name
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__infer_variance__ = bool(infer_variance)
        self.__bound__ = None if bound is None else _type_check(bound, "Bound must be a type.")

    @property
    def args(self):
        return ParamSpecArgs(self)

    @property
    def kwargs(self):
        return ParamSpecKwargs(self)

    __repr__ = TypeVar.__repr__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __mro_entries__(self, bases):
        raise TypeError("Cannot subclass an instance of ParamSpec")


def _is_param_expr(arg):
    """What may stand for a callable's parameters: ..., a ParamSpec, or Concatenate[...]."""
    return arg is ... or isinstance(arg, ParamSpec) or (isinstance(arg, _GenericAlias) and arg.__origin__ is Concatenate)


def _concatenate_getitem(self, parameters):
    if parameters == ():
        raise TypeError("Cannot take a Concatenate of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    if not (parameters[-1] is ... or isinstance(parameters[-1], ParamSpec)):
        raise TypeError("The last parameter to Concatenate should be a ParamSpec variable or ellipsis.")
    msg = "Concatenate[arg, ...]: each arg must be a type."
    parameters = (*(_type_check(p, msg) for p in parameters[:-1]), parameters[-1])
    return _GenericAlias(self, parameters)


class _BaseGenericAlias(_Final):
    def __init__(self, origin, *, inst=True, name=None):
        self._inst = inst
        self._name = name
        self.__origin__ = origin

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; use {self.__origin__.__name__}() instead")
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except (AttributeError, TypeError):
            pass
        return result

    def __mro_entries__(self, bases):
        res = []
        if self.__origin__ not in bases:
            res.append(self.__origin__)
        i = bases.index(self)
        for b in bases[i + 1:]:
            if isinstance(b, _BaseGenericAlias) or (isinstance(b, type) and issubclass(b, Generic)):
                break
        else:
            res.append(Generic)
        return tuple(res)

    def __getattr__(self, attr):
        # The class's own attributes through the alias (List[int].append), not the dunders.
        if attr not in {'__origin__', '__args__'} and '__origin__' in self.__dict__ \
                and not (attr.startswith('__') and attr.endswith('__')):
            return getattr(self.__origin__, attr)
        raise AttributeError(attr)

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]


class _GenericAlias(_BaseGenericAlias):
    """A subscripted class or form: List[int], Generic[T], Stack[int], ClassVar[int]."""

    def __init__(self, origin, args, *, inst=True, name=None):
        super().__init__(origin, inst=inst, name=name)
        if not isinstance(args, tuple):
            args = (args,)
        self.__args__ = tuple(... if a is ... else _type_convert(a) for a in args)
        self.__parameters__ = _collect_type_vars(self.__args__)
        if not name:
            self.__module__ = origin.__module__

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __getitem__(self, args):
        raise TypeError(f"{self} is not a generic class")

    def __repr__(self):
        if self._name:
            name = 'typing.' + self._name
        else:
            name = _type_repr(self.__origin__)
        if self.__args__:
            args = ", ".join([_type_repr(a) for a in self.__args__])
        else:
            args = "()"
        return f'{name}[{args}]'

    def __mro_entries__(self, bases):
        if isinstance(self.__origin__, _SpecialForm):
            raise TypeError(f"Cannot subclass {self!r}")
        if self._name:
            return super().__mro_entries__(bases)
        if self.__origin__ is Generic:
            if Protocol in bases:
                return ()
            i = bases.index(self)
            for b in bases[i + 1:]:
                if isinstance(b, _BaseGenericAlias) and b is not self:
                    return ()
        return (self.__origin__,)


class _SpecialGenericAlias(_BaseGenericAlias):
    """An unsubscripted alias of a class: List, Dict, Iterable. Subscripting it makes a _GenericAlias."""

    def __init__(self, origin, nparams, *, inst=True, name=None):
        if name is None:
            name = origin.__name__
        super().__init__(origin, inst=inst, name=name)
        self._nparams = nparams
        self.__module__ = 'typing'

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        msg = "Parameters to generic types must be types."
        params = tuple(_type_check(p, msg) for p in params)
        if len(params) != self._nparams:
            raise TypeError(f"Too {'many' if len(params) > self._nparams else 'few'} arguments for {self};"
                            f" actual {len(params)}, expected {self._nparams}")
        return _GenericAlias(self.__origin__, params, inst=self._inst, name=self._name)

    def __repr__(self):
        return 'typing.' + self._name

    def __subclasscheck__(self, cls):
        if isinstance(cls, _SpecialGenericAlias):
            return issubclass(cls.__origin__, self.__origin__)
        if not isinstance(cls, _GenericAlias):
            return issubclass(cls, self.__origin__)
        return super().__subclasscheck__(cls)

    def __eq__(self, other):
        if not isinstance(other, _SpecialGenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self._name == other._name

    def __hash__(self):
        return hash((self.__origin__, self._name))


class _UnionGenericAlias(_GenericAlias):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2:
            if args[0] is _NoneType:
                return f'typing.Optional[{_type_repr(args[1])}]'
            elif args[1] is _NoneType:
                return f'typing.Optional[{_type_repr(args[0])}]'
        return 'typing.Union[' + ', '.join(_type_repr(a) for a in args) + ']'

    def __eq__(self, other):
        if not isinstance(other, (_UnionGenericAlias, type(int | str))):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __subclasscheck__(self, cls):
        for arg in self.__args__:
            if issubclass(cls, arg):
                return True
        return False


class _LiteralGenericAlias(_GenericAlias):
    def __repr__(self):
        return 'typing.Literal[' + ', '.join(repr(a) for a in self.__args__) + ']'

    def __eq__(self, other):
        if not isinstance(other, _LiteralGenericAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))


class _CallableGenericAlias(_GenericAlias):
    def __repr__(self):
        if len(self.__args__) == 2 and _is_param_expr(self.__args__[0]):
            return f'typing.Callable[{_type_repr(self.__args__[0])}, {_type_repr(self.__args__[1])}]'
        return (f'typing.Callable[[{", ".join([_type_repr(a) for a in self.__args__[:-1]])}], '
                f'{_type_repr(self.__args__[-1])}]')


class _CallableType(_SpecialGenericAlias):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        args, result = params
        # As CPython: only the result is checked; the arguments are converted (None to NoneType), a lone one wrapped.
        result = _type_check(result, "Callable[args, result]: result must be a type.")
        if _is_param_expr(args):
            return _CallableGenericAlias(self.__origin__, (args, result), name=self._name, inst=True)
        if not isinstance(args, (list, tuple)):
            args = (args,)
        return _CallableGenericAlias(self.__origin__, tuple(_type_convert(a) for a in args) + (result,), name=self._name, inst=True)


class _TupleType(_SpecialGenericAlias):
    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if len(params) >= 2 and params[-1] is ...:
            msg = "Tuple[t, ...]: t must be a type."
            params = tuple(_type_check(p, msg) for p in params[:-1])
            return _GenericAlias(self.__origin__, (*params, ...), name=self._name, inst=True)
        msg = "Tuple[t0, t1, ...]: each t must be a type."
        params = tuple(_type_check(p, msg) for p in params)
        return _GenericAlias(self.__origin__, params, name=self._name, inst=True)


def _alias(origin, nparams, *, inst=True, name=None):
    return _SpecialGenericAlias(origin, nparams, inst=inst, name=name)


_abc = collections.abc
Hashable = _alias(_abc.Hashable, 0)
Awaitable = _alias(_abc.Awaitable, 1)
Coroutine = _alias(_abc.Coroutine, 3)
AsyncIterable = _alias(_abc.AsyncIterable, 1)
AsyncIterator = _alias(_abc.AsyncIterator, 1)
Iterable = _alias(_abc.Iterable, 1)
Iterator = _alias(_abc.Iterator, 1)
Reversible = _alias(_abc.Reversible, 1)
Sized = _alias(_abc.Sized, 0)
Container = _alias(_abc.Container, 1)
Collection = _alias(_abc.Collection, 1)
Callable = _CallableType(_abc.Callable, 2)
AbstractSet = _alias(_abc.Set, 1, name='AbstractSet')
MutableSet = _alias(_abc.MutableSet, 1)
Mapping = _alias(_abc.Mapping, 2)
MutableMapping = _alias(_abc.MutableMapping, 2)
Sequence = _alias(_abc.Sequence, 1)
MutableSequence = _alias(_abc.MutableSequence, 1)
ByteString = _alias(_abc.ByteString, 0)
Tuple = _TupleType(tuple, -1, inst=False, name='Tuple')
List = _alias(list, 1, inst=False, name='List')
Deque = _alias(collections.deque, 1, name='Deque')
Set = _alias(set, 1, inst=False, name='Set')
FrozenSet = _alias(frozenset, 1, inst=False, name='FrozenSet')
MappingView = _alias(_abc.MappingView, 1)
KeysView = _alias(_abc.KeysView, 1)
ItemsView = _alias(_abc.ItemsView, 2)
ValuesView = _alias(_abc.ValuesView, 1)
Dict = _alias(dict, 2, inst=False, name='Dict')
DefaultDict = _alias(collections.defaultdict, 2, name='DefaultDict')
OrderedDict = _alias(collections.OrderedDict, 2)
Counter = _alias(collections.Counter, 1)
Generator = _alias(_abc.Generator, 3)
AsyncGenerator = _alias(_abc.AsyncGenerator, 2)
Type = _alias(type, 1, name='Type')
ContextManager = _alias(contextlib.AbstractContextManager, 1, name='ContextManager')


class Generic:
    """The base of generic classes: class Stack(Generic[T]) makes Stack[int] an alias of Stack."""
    __slots__ = ()

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        params = tuple(_type_convert(p) for p in params)
        if cls in (Generic, Protocol):
            if not params:
                raise TypeError(f"Parameter list to {cls.__qualname__}[...] cannot be empty")
            if not all(isinstance(p, (TypeVar, ParamSpec)) for p in params):
                raise TypeError(f"Parameters to {cls.__name__}[...] must all be type variables or parameter specification variables.")
            if len(set(params)) != len(params):
                raise TypeError(f"Parameters to {cls.__name__}[...] must all be unique")
        else:
            expected = len(cls.__parameters__)
            if not expected:
                raise TypeError(f"{cls} is not a generic class")
            if len(params) != expected:
                raise TypeError(f"Too {'many' if len(params) > expected else 'few'} arguments for {cls};"
                                f" actual {len(params)}, expected {expected}")
            # A ParamSpec's argument is a parameter list: [int, str] is kept as the tuple (int, str).
            params = tuple(tuple(p) if isinstance(v, ParamSpec) and isinstance(p, list) else p
                           for v, p in zip(cls.__parameters__, params))
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        tvars = []
        if '__orig_bases__' in cls.__dict__:
            error = Generic in cls.__orig_bases__
        else:
            error = Generic in cls.__bases__ and cls.__name__ != 'Protocol'
        if error:
            raise TypeError("Cannot inherit from plain Generic")
        if '__orig_bases__' in cls.__dict__:
            tvars = list(_collect_type_vars(cls.__orig_bases__))
            gvars = None
            for base in cls.__orig_bases__:
                if isinstance(base, _GenericAlias) and base.__origin__ in (Generic, Protocol):
                    if gvars is not None:
                        raise TypeError("Cannot inherit from Generic[...] multiple times.")
                    gvars = base.__parameters__
            if gvars is not None:
                missing = [t for t in tvars if t not in gvars]
                if missing:
                    s_vars = ', '.join(str(t) for t in missing)
                    s_args = ', '.join(str(g) for g in gvars)
                    raise TypeError(f"Some type variables ({s_vars}) are not listed in Generic[{s_args}]")
                tvars = list(gvars)
        cls.__parameters__ = tuple(tvars)


Generic.__parameters__ = ()


def _protocol_members(cls):
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ('Protocol', 'Generic'):
            continue
        for attr in base.__dict__:
            if not attr.startswith('_abc_') and attr not in (
                    '__abstractmethods__', '__annotations__', '__dict__', '__doc__', '__init__', '__module__',
                    '__new__', '__slots__', '__subclasshook__', '__weakref__', '__class_getitem__',
                    '__parameters__', '__orig_bases__', '__qualname__', '_is_protocol', '_is_runtime_protocol',
                    '__protocol_attrs__', '__init_subclass__'):
                attrs.add(attr)
        for attr in getattr(base, '__annotations__', {}):
            attrs.add(attr)
    return attrs


class Protocol(Generic, metaclass=ABCMeta):
    """The base of protocol classes; with @runtime_checkable, isinstance checks the members structurally."""
    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get('_is_protocol', False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)
        cls.__protocol_attrs__ = _protocol_members(cls)

    @classmethod
    def __subclasshook__(cls, other):
        if not cls.__dict__.get('_is_protocol', False):
            return NotImplemented
        if not getattr(cls, '_is_runtime_protocol', False):
            raise TypeError("Instance and class checks can only be used with @runtime_checkable protocols")
        # CPython looks a data member up on the instance (_ProtocolMeta.__instancecheck__), which an ABC's check
        # cannot: refused rather than answered from the class alone.
        for attr in cls.__protocol_attrs__:
            if not any(attr in base.__dict__ for base in cls.__mro__):
                raise NotImplementedError(
                    f"GilGen does not support isinstance() with a protocol that has data members yet ({cls.__name__}.{attr})")
        for attr in cls.__protocol_attrs__:
            for base in other.__mro__:
                if attr in base.__dict__:
                    if base.__dict__[attr] is None:
                        return NotImplemented
                    break
            else:
                return NotImplemented
        return True


def runtime_checkable(cls):
    """Marks a protocol class as one isinstance and issubclass may check (by its members)."""
    if not (isinstance(cls, type) and issubclass(cls, Generic)) or not cls.__dict__.get('_is_protocol', False):
        raise TypeError(f'@runtime_checkable can be only applied to protocol classes, got {cls!r}')
    cls._is_runtime_protocol = True
    return cls


def cast(typ, val):
    """Returns the value unchanged (a hint for the type checker)."""
    return val


def overload(func):
    """Decorates the type signatures of an overloaded function; the last, undecorated definition is the one that runs."""
    def _overload_dummy(*args, **kwds):
        raise NotImplementedError(
            "You should not call an overloaded function. "
            "A series of @overload-decorated functions "
            "outside a stub module should always be followed "
            "by an implementation that is not @overload-ed.")
    return _overload_dummy


def final(f):
    """Marks a class or method final for the type checker; sets __final__ when it can."""
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    """Tells the type checker to skip the function or class; sets __no_type_check__."""
    try:
        arg.__no_type_check__ = True
    except TypeError:
        pass
    return arg


def get_origin(tp):
    """The unsubscripted form of an alias (list for List[int], Union for Union[int, str]), else None."""
    if isinstance(tp, (_BaseGenericAlias, type(list[int]))):
        if isinstance(tp, _UnionGenericAlias):
            return Union
        if isinstance(tp, _LiteralGenericAlias):
            return Literal
        if isinstance(tp, _GenericAlias) and isinstance(tp.__origin__, _SpecialForm):
            return tp.__origin__
        return tp.__origin__
    if tp is Generic:
        return Generic
    if isinstance(tp, type(int | str)):
        return type(int | str)
    return None


def get_args(tp):
    """The arguments of an alias (Callable's as ([args], result)), else ()."""
    if isinstance(tp, _CallableGenericAlias):
        res = tp.__args__
        if res[0] is not ...:
            return (list(res[:-1]), res[-1])
        return res
    if isinstance(tp, (_GenericAlias, type(list[int]))):
        return tp.__args__
    if isinstance(tp, type(int | str)):
        return tp.__args__
    return ()


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a class (merged along its MRO), function or module, None as NoneType. A string annotation
    (a forward reference, or `from __future__ import annotations`) would need eval: refused."""
    def hint(name, value):
        if value is None:
            return _NoneType
        if isinstance(value, str):
            raise NotImplementedError(
                f"GilGen does not support get_type_hints() of a string annotation yet ({name}: {value!r}): it needs eval")
        return value

    if isinstance(obj, type):
        hints = {}
        for base in reversed(obj.__mro__):
            for name, value in base.__dict__.get('__annotations__', {}).items():
                hints[name] = hint(name, value)
        return hints
    annotations = getattr(obj, '__annotations__', None)
    if annotations is None:
        raise TypeError(f'{obj!r} is not a module, class, method, or function.')
    return {name: hint(name, value) for name, value in annotations.items()}


def _not_yet(name):
    """What GilGen's typing lacks: a name that raises NotImplementedError when called or used as a base."""
    def refuse(*args, **kwargs):
        raise NotImplementedError(f"GilGen does not support typing.{name} yet")

    def refuse_base(bases):
        raise NotImplementedError(f"GilGen does not support typing.{name} yet")

    refuse.__name__ = refuse.__qualname__ = name
    refuse.__mro_entries__ = refuse_base
    return refuse


# What a NamedTuple class's body may not define (the namedtuple's own machinery), and what is not copied from it.
_NAMEDTUPLE_PROHIBITED = frozenset({'__new__', '__init__', '__slots__', '__getnewargs__', '_fields', '_field_defaults',
                                    '_make', '_replace', '_asdict', '_source'})
_NAMEDTUPLE_SPECIAL = frozenset({'__module__', '__name__', '__annotations__'})


def _namedtuple_of(typename, fields, defaults, module):
    """collections.namedtuple with the field types kept as __annotations__ (on the class and its __new__)."""
    fields = [(name, hint) for name, hint in fields]
    cls = collections.namedtuple(typename, [name for name, _ in fields], defaults=defaults, module=module)
    cls.__annotations__ = cls.__new__.__annotations__ = dict(fields)
    return cls


class _NamedTupleMeta(type):
    """The metaclass a `class X(NamedTuple)` statement reaches through NamedTuple.__mro_entries__: it makes the
    namedtuple from the body's annotations (the fields) and assignments (their defaults), then adds the body's
    methods and other attributes to it."""

    def __new__(cls, typename, bases, ns):
        for base in bases:
            if base is not _NamedTuple and base is not Generic:
                raise TypeError('can only inherit from a NamedTuple type and Generic')
        fields = ns.get('__annotations__', {})
        with_default = []
        for name in fields:
            if name in ns:
                with_default.append(name)
            elif with_default:
                raise TypeError(f"Non-default namedtuple field {name} cannot follow default "
                                f"field{'s' if len(with_default) > 1 else ''} {', '.join(with_default)}")
        made = _namedtuple_of(typename, fields.items(), [ns[name] for name in with_default], ns['__module__'])
        for key, value in ns.items():
            if key in _NAMEDTUPLE_PROHIBITED:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            if key in _NAMEDTUPLE_SPECIAL or key in made._fields:
                continue
            setattr(made, key, value)
            set_name = getattr(type(value), '__set_name__', None)
            if set_name is not None:
                try:
                    set_name(value, made, key)
                except BaseException as e:
                    e.add_note(f"Error calling __set_name__ on {type(value).__name__!r} instance {key!r} in {typename!r}")
                    raise
        if Generic in bases:
            made.__init_subclass__()
        return made


def NamedTuple(typename, fields=None, /, **kwargs):
    """A typed namedtuple: `class Point(NamedTuple): x: int; y: int = 0`, or NamedTuple('Point', [('x', int)])."""
    if fields is None:
        fields = kwargs.items()
    elif kwargs:
        raise TypeError("Either list of fields or keywords can be provided to NamedTuple, not both")
    return _namedtuple_of(typename, fields, None, _caller_module())


def _caller_module():
    import sys
    try:
        return sys._getframe(2).f_globals.get('__name__', '__main__')
    except (AttributeError, ValueError):
        return None


_NamedTuple = type.__new__(_NamedTupleMeta, 'NamedTuple', (), {})
NamedTuple.__mro_entries__ = lambda bases: (_NamedTuple,)


class NewType:
    """NewType('UserId', int): a callable that gives its argument back, named for type checkers."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        if '.' in name:
            name = name.rpartition('.')[-1]
        self.__name__ = name
        self.__supertype__ = tp
        module = _caller_module()
        if module != 'typing':
            self.__module__ = module

    def __call__(self, obj, /):
        return obj

    def __mro_entries__(self, bases):
        supercls_name = self.__name__

        class Dummy:
            def __init_subclass__(cls):
                subcls_name = cls.__name__
                raise TypeError(
                    f"Cannot subclass an instance of NewType. Perhaps you were looking for: "
                    f"`{subcls_name} = NewType({subcls_name!r}, {supercls_name})`"
                )

        return (Dummy,)

    def __repr__(self):
        return f'{self.__module__}.{self.__qualname__}'

    def __reduce__(self):
        return self.__qualname__

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]


def _typeddict_qualifiers(annotation):
    """Required and NotRequired wrapped around a TypedDict key's type, outermost first."""
    while isinstance(annotation, _GenericAlias) and annotation.__origin__ in (Required, NotRequired):
        yield annotation.__origin__
        annotation = annotation.__args__[0]


class _TypedDictMeta(type):
    """The metaclass of TypedDict classes: each is a dict subclass that records its keys' types and which keys are
    required; calling one makes a plain dict, and isinstance/issubclass checks against one are refused."""

    def __new__(cls, name, bases, ns, total=True):
        for base in bases:
            if type(base) is not _TypedDictMeta and base is not Generic:
                raise TypeError('cannot inherit from both a TypedDict type and a non-TypedDict base class')
        generic_base = (Generic,) if any(issubclass(b, Generic) for b in bases) else ()
        tp_dict = type.__new__(_TypedDictMeta, name, (*generic_base, dict), ns)
        msg = "TypedDict('Name', {f0: t0, f1: t1, ...}); each t must be a type"
        own = {key: _type_check(tp, msg) for key, tp in ns.get('__annotations__', {}).items()}
        annotations = {}
        required, optional = set(), set()
        for base in bases:
            annotations.update(base.__dict__.get('__annotations__', {}))
            base_required = base.__dict__.get('__required_keys__', set())
            required |= base_required
            optional -= base_required
            base_optional = base.__dict__.get('__optional_keys__', set())
            required -= base_optional
            optional |= base_optional
        annotations.update(own)
        for key, tp in own.items():
            qualifiers = set(_typeddict_qualifiers(tp))
            is_required = True if Required in qualifiers else False if NotRequired in qualifiers else total
            if is_required:
                required.add(key)
                optional.discard(key)
            else:
                optional.add(key)
                required.discard(key)
        tp_dict.__annotations__ = annotations
        tp_dict.__required_keys__ = frozenset(required)
        tp_dict.__optional_keys__ = frozenset(optional)
        if not hasattr(tp_dict, '__total__'):
            tp_dict.__total__ = total
        return tp_dict

    __call__ = dict

    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')

    __instancecheck__ = __subclasscheck__


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """A dict type whose keys have types: `class Movie(TypedDict): name: str`, or TypedDict('Movie', {'name': str})."""
    if fields is None:
        fields = kwargs
    elif kwargs:
        raise TypeError("TypedDict takes either a dict or keyword arguments, but not both")
    ns = {'__annotations__': dict(fields), '__module__': _caller_module()}
    return _TypedDictMeta(typename, (), ns, total=total)


_TypedDict = type.__new__(_TypedDictMeta, 'TypedDict', (), {})
TypedDict.__mro_entries__ = lambda bases: (_TypedDict,)
Concatenate = _SpecialForm(_concatenate_getitem, 'Concatenate')
TypeVarTuple = _not_yet('TypeVarTuple')
