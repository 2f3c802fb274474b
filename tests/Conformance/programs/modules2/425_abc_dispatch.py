from collections.abc import Mapping, Sequence, Set, Iterable, Callable, Hashable, Sized, Iterator
import collections

def describe(obj):
    if isinstance(obj, (str, bytes)):
        return f'text({len(obj)})'
    if isinstance(obj, Mapping):
        return 'mapping{' + ', '.join(f'{k}: {describe(v)}' for k, v in obj.items()) + '}'
    if isinstance(obj, Set):
        return f'set of {len(obj)}'
    if isinstance(obj, Sequence):
        return '[' + ', '.join(describe(x) for x in obj) + ']'
    if isinstance(obj, Iterator):
        return 'iterator'
    if isinstance(obj, Callable):
        return 'callable'
    if isinstance(obj, Iterable):
        return 'iterable'
    return type(obj).__name__

class Bag:
    def __init__(self, *items):
        self.items = items
    def __iter__(self):
        return iter(self.items)

class Named:
    def __call__(self):
        return 1

print(describe({'a': [1, 'xy', (2.5, None)], 'b': {3, 4}, 'c': frozenset()}))
print(describe([range(3), collections.deque([1]), iter([]), len, Named(), Bag(1, 2), 7]))
print(describe(collections.OrderedDict(z=1)), describe(collections.Counter('aab')), describe({}.keys()))

class Registry:
    pass

Mapping.register(Registry)
print(isinstance(Registry(), Mapping), issubclass(Registry, Sized), issubclass(Registry, Sequence))

def flatten(obj):
    if isinstance(obj, Iterable) and not isinstance(obj, (str, bytes)):
        for item in obj:
            yield from flatten(item)
    else:
        yield obj

print(list(flatten([1, [2, (3, [4, 'five'])], {6}, range(7, 9), 'ten'])))
hashables = [x for x in [1, 'a', (1, 2), [1], {1: 2}, frozenset({1}), None, Bag()] if isinstance(x, Hashable)]
print([type(x).__name__ for x in hashables])
