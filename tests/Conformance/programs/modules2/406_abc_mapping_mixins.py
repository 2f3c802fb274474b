from collections.abc import Mapping, MutableMapping, KeysView, ItemsView, ValuesView

class FrozenDict(Mapping):
    def __init__(self, *args, **kwargs):
        self._data = dict(*args, **kwargs)
    def __getitem__(self, key):
        return self._data[key]
    def __iter__(self):
        return iter(self._data)
    def __len__(self):
        return len(self._data)
    def __repr__(self):
        return f'FrozenDict({self._data!r})'

fd = FrozenDict(a=1, b=2, c=3)
print(fd, len(fd), fd['b'], fd.get('c'), fd.get('zz'), fd.get('zz', -1))
print('a' in fd, 'zz' in fd, sorted(fd), list(fd.keys()), list(fd.values()), list(fd.items()))
print(fd == {'a': 1, 'b': 2, 'c': 3}, fd == FrozenDict(a=1), fd != {'a': 1}, fd == [1, 2])
keys, items, values = fd.keys(), fd.items(), fd.values()
print(type(keys).__name__, type(items).__name__, type(values).__name__, len(keys), len(items), len(values))
print(isinstance(keys, KeysView), isinstance(items, ItemsView), isinstance(values, ValuesView))
print('b' in keys, ('b', 2) in items, ('b', 3) in items, 3 in values, 9 in values)
print(sorted(keys & {'a', 'z'}), sorted(keys | {'z'}), sorted(keys - {'a'}), sorted(keys ^ {'a', 'q'}))
print(sorted(items - {('a', 1)}), keys <= {'a', 'b', 'c', 'd'}, keys < {'a', 'b', 'c'}, keys.isdisjoint({'x'}))
print(dict(fd), dict(fd.items()), {**fd})
try:
    fd['new'] = 1
except TypeError as e:
    print('TypeError:', e)
try:
    hash(fd)
except TypeError as e:
    print('TypeError:', e)

class LowerDict(MutableMapping):
    def __init__(self):
        self._store = {}
        self.log = []
    def __getitem__(self, key):
        return self._store[key.lower()]
    def __setitem__(self, key, value):
        self.log.append(('set', key))
        self._store[key.lower()] = value
    def __delitem__(self, key):
        self.log.append(('del', key))
        del self._store[key.lower()]
    def __iter__(self):
        return iter(self._store)
    def __len__(self):
        return len(self._store)

ld = LowerDict()
ld['Alpha'] = 1
ld.update({'BETA': 2}, Gamma=3)
ld.update([('DELTA', 4)])
print(dict(ld), ld['ALPHA'], 'beta' in ld, 'BETA' in ld)
print(ld.setdefault('EPSILON', 5), ld.setdefault('alpha', 99))
print(ld.pop('GAMMA'), ld.pop('missing', 'default'))
try:
    ld.pop('missing')
except KeyError as e:
    print('KeyError:', e)
print(ld.popitem(), len(ld))
print(ld.log)
ld.clear()
print(len(ld), dict(ld), ld.get('alpha', 'gone'))
try:
    ld.popitem()
except KeyError as e:
    print('KeyError on empty popitem', repr(e))

class Incomplete(MutableMapping):
    def __getitem__(self, key):
        return 1
    def __iter__(self):
        return iter(())
    def __len__(self):
        return 0

try:
    Incomplete()
except TypeError as e:
    print('TypeError:', e)
