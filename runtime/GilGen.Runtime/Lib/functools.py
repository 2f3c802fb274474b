"""functools: what is written in C# (reduce, partial, lru_cache, cache, wraps, update_wrapper, cmp_to_key,
total_ordering) comes from _functools, as CPython's functools.py takes its C parts from its _functools; the
descriptors and the generic functions are written here in Python: cached_property, partialmethod, singledispatch,
singledispatchmethod, and the names of what update_wrapper copies."""

from _functools import reduce, partial, lru_cache, cache, update_wrapper, wraps, cmp_to_key, total_ordering
from abc import get_cache_token
from types import GenericAlias

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES', 'total_ordering', 'cache',
           'cmp_to_key', 'lru_cache', 'reduce', 'partial', 'partialmethod', 'singledispatch', 'singledispatchmethod',
           'cached_property']

# What update_wrapper copies and merges (CPython 3.12's values; GilGen's update_wrapper takes no other lists).
WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__', '__annotations__', '__type_params__')
WRAPPER_UPDATES = ('__dict__',)


class partialmethod(object):
    """A partial() for methods: read through an instance or a class, it binds like the callable it wraps, then
    prepends the stored positional arguments and merges the stored keywords under the call's own."""

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError("{!r} is not callable or a descriptor".format(func))
        if isinstance(func, partialmethod):
            # Flattened, as partial() flattens a partial.
            self.func = func.func
            self.args = func.args + args
            self.keywords = {**func.keywords, **keywords}
        else:
            self.func = func
            self.args = args
            self.keywords = keywords

    def __repr__(self):
        shown = ", ".join(map(repr, self.args))
        named = ", ".join("{}={!r}".format(k, v) for k, v in self.keywords.items())
        return "{}.{}({}, {}, {})".format(type(self).__module__, type(self).__qualname__, self.func, shown, named)

    def _unbound(self):
        stored = self

        def _method(cls_or_self, /, *args, **keywords):
            return stored.func(cls_or_self, *stored.args, *args, **{**stored.keywords, **keywords})

        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method._partialmethod = self
        return _method

    def __get__(self, obj, cls=None):
        binder = getattr(self.func, "__get__", None)
        if binder is not None:
            bound = binder(obj, cls)
            # A descriptor that gives something else (a bound method, a classmethod's binding) is wrapped as it is.
            if bound is not self.func:
                result = partial(bound, *self.args, **self.keywords)
                try:
                    result.__self__ = bound.__self__
                except AttributeError:
                    pass
                return result
        return self._unbound().__get__(obj, cls)

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, "__isabstractmethod__", False)

    __class_getitem__ = classmethod(GenericAlias)


# A generic function's registry as its users see it: a read-only view (types.MappingProxyType, without importing types).
_ReadOnlyRegistry = type(type.__dict__)


def _is_union(cls):
    from typing import Union
    from types import UnionType
    return isinstance(cls, UnionType) or getattr(cls, '__origin__', None) is Union


def _is_dispatch_type(cls):
    if isinstance(cls, type):
        return True
    from typing import get_args
    return _is_union(cls) and all(isinstance(arg, type) for arg in get_args(cls))


def _dispatch_order(cls, registered):
    """cls's MRO with the registered classes cls is only a virtual subclass of (an ABC it was registered with or
    implements) put in: each right after the last class of the MRO that is itself a subclass of it, so that a class
    the MRO names wins over an ABC, and a more specific ABC over a more general one."""
    mro = list(cls.__mro__)
    extra = [t for t in registered if t not in mro and isinstance(t, type) and issubclass(cls, t)]
    # Last registered first: an unrelated ABC put in later lands before it, so they keep the registry's order (which
    # CPython's ambiguity error names); a related one lands after its subclasses whichever comes first.
    for abc in reversed(extra):
        at = 0
        for i, t in enumerate(mro):
            if t is not abc and issubclass(t, abc):
                at = i + 1
        mro.insert(at, abc)
    return mro


def _find_impl(cls, registry):
    """The implementation registered for the first class of cls's dispatch order that has one; RuntimeError when two
    ABCs of that order, neither in cls's MRO nor related, both have one (CPython's "Ambiguous dispatch")."""
    match = None
    for t in _dispatch_order(cls, registry):
        if match is not None:
            if t in registry and t not in cls.__mro__ and match not in cls.__mro__ and not issubclass(match, t):
                raise RuntimeError("Ambiguous dispatch: {} or {}".format(match, t))
            break
        if t in registry:
            match = t
    return registry.get(match)


def singledispatch(func):
    """A generic function of one dispatch argument: calls the implementation registered for the class of the first
    positional argument (or its nearest base or ABC), func itself for anything else."""
    import weakref

    registry = {object: func}
    cache = weakref.WeakKeyDictionary()
    abc_token = None   # get_cache_token() when an ABC was registered: a later ABC registration empties the cache
    name = getattr(func, '__name__', 'singledispatch function')

    def dispatch(cls):
        nonlocal abc_token
        if abc_token is not None and abc_token != get_cache_token():
            cache.clear()
            abc_token = get_cache_token()
        try:
            return cache[cls]
        except KeyError:
            pass
        impl = registry[cls] if cls in registry else _find_impl(cls, registry)
        cache[cls] = impl
        return impl

    def register(cls, func=None):
        nonlocal abc_token
        if _is_dispatch_type(cls):
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError(f"Invalid first argument to `register()`. {cls!r} is not a class or union type.")
            annotations = getattr(cls, '__annotations__', {})
            if not annotations:
                raise TypeError(
                    f"Invalid first argument to `register()`: {cls!r}. "
                    f"Use either `@register(some_class)` or plain `@register` on an annotated function."
                )
            func = cls
            from typing import get_type_hints
            argname, cls = next(iter(get_type_hints(func).items()))
            if not _is_dispatch_type(cls):
                if _is_union(cls):
                    raise TypeError(f"Invalid annotation for {argname!r}. {cls!r} not all arguments are classes.")
                raise TypeError(f"Invalid annotation for {argname!r}. {cls!r} is not a class.")
        if _is_union(cls):
            from typing import get_args
            for arg in get_args(cls):
                registry[arg] = func
        else:
            registry[cls] = func
        if abc_token is None and hasattr(cls, '__abstractmethods__'):
            abc_token = get_cache_token()
        cache.clear()
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f'{name} requires at least 1 positional argument')
        return dispatch(args[0].__class__)(*args, **kw)

    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = _ReadOnlyRegistry(registry)
    wrapper._clear_cache = cache.clear
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """singledispatch for methods: dispatches on the first argument after self (or cls), then binds the
    implementation as the method itself would be bound (a classmethod or staticmethod implementation included)."""

    def __init__(self, func):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError(f"{func!r} is not callable or a descriptor")
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        dispatch = self.dispatcher.dispatch

        def _method(*args, **kwargs):
            return dispatch(args[0].__class__).__get__(obj, cls)(*args, **kwargs)

        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)


_NOT_FOUND = object()


class cached_property:
    """A property computed once per instance: the first read calls the function and stores its result in the
    instance's __dict__ under the attribute's name, where later reads find it before this (non-data) descriptor.
    As in CPython 3.12, no lock is held while it computes."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError(
                "Cannot assign the same cached_property to two different names "
                f"({self.attrname!r} and {name!r})."
            )

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError("Cannot use cached_property instance without calling __set_name__ on it.")
        try:
            namespace = instance.__dict__
        except AttributeError:
            raise TypeError(
                f"No '__dict__' attribute on {type(instance).__name__!r} instance to cache {self.attrname!r} property."
            ) from None
        value = namespace.get(self.attrname, _NOT_FOUND)
        if value is _NOT_FOUND:
            value = self.func(instance)
            try:
                namespace[self.attrname] = value
            except TypeError:
                raise TypeError(
                    f"The '__dict__' attribute on {type(instance).__name__!r} instance "
                    f"does not support item assignment for caching {self.attrname!r} property."
                ) from None
        return value

    __class_getitem__ = classmethod(GenericAlias)
