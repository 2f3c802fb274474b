from collections.abc import (Iterable, Iterator, Sized, Container, Hashable, Callable, Collection,
                             Reversible, Sequence, MutableSequence, Mapping, MutableMapping, Set,
                             MutableSet, Generator, KeysView, ItemsView, ValuesView, ByteString)
import collections
import collections.abc

ABCS = [Iterable, Iterator, Sized, Container, Hashable, Callable, Collection, Reversible, Sequence,
        MutableSequence, Mapping, MutableMapping, Set, MutableSet, Generator, KeysView, ItemsView,
        ValuesView]

def gen():
    yield 1

samples = [0, 2.5, 'text', b'raw', bytearray(b'x'), [1], (1,), {'k': 1}, {1, 2}, frozenset([3]),
           range(4), iter([1]), gen(), len, print, None, {}.keys(), {}.values(), {}.items(),
           collections.deque(), collections.OrderedDict(), collections.Counter(), collections.defaultdict(int),
           enumerate([]), zip(), map(str, [])]

for value in samples:
    matched = [abc.__name__ for abc in ABCS if isinstance(value, abc)]
    print(f'{type(value).__name__:>12}:', ' '.join(matched))

print('issubclass list', [abc.__name__ for abc in ABCS if issubclass(list, abc)])
print('issubclass dict', [abc.__name__ for abc in ABCS if issubclass(dict, abc)])
print('bytes is ByteString', issubclass(bytes, ByteString), issubclass(str, ByteString))

class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n

class Box:
    def __len__(self):
        return 1
    def __contains__(self, item):
        return item == 'thing'

class Full(Box):
    def __iter__(self):
        yield 'thing'

class Unhashable:
    def __eq__(self, other):
        return self is other

class OptOut(Full):
    __iter__ = None

class Caller:
    def __call__(self):
        return 'called'

for cls in (Countdown, Box, Full, Unhashable, OptOut, Caller):
    print(cls.__name__, [abc.__name__ for abc in ABCS if issubclass(cls, abc)])

print(list(Countdown(3)), isinstance(Countdown(1), Iterator))
print(isinstance(Full(), Collection), isinstance(Box(), Collection), isinstance(OptOut(), Iterable))
print(isinstance(3, (Mapping, Hashable)), isinstance([], (Mapping, Set)), issubclass(tuple, (Mapping, Sequence)))
print(collections.abc.Iterable is Iterable, Mapping.__module__, Mapping.__name__)
print([c.__name__ for c in MutableMapping.__mro__])
print([c.__name__ for c in MutableSequence.__mro__])

class Registered:
    pass

print('before', issubclass(Registered, Sequence), isinstance(Registered(), Sized))
print(Sequence.register(Registered) is Registered)
print('after', issubclass(Registered, Sequence), issubclass(Registered, Reversible), isinstance(Registered(), Sized),
      issubclass(Registered, MutableSequence), issubclass(Registered, Mapping))
