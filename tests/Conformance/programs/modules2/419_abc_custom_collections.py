from collections.abc import MutableMapping, MutableSequence, Mapping, Sequence, Sized, Iterable
import bisect

class SortedList(MutableSequence):
    def __init__(self, items=()):
        self._data = sorted(items)
    def __getitem__(self, i):
        return self._data[i]
    def __setitem__(self, i, value):
        del self._data[i]
        self.insert(0, value)
    def __delitem__(self, i):
        del self._data[i]
    def __len__(self):
        return len(self._data)
    def insert(self, index, value):
        bisect.insort(self._data, value)
    def __repr__(self):
        return f'SortedList({self._data})'

s = SortedList([5, 1, 4])
s.append(3)
s.extend([9, 0])
s += [2]
print(s, len(s), s[0], s[-1], 4 in s, s.index(5), s.count(9))
s[0] = 7
print(s, s.pop(), s.pop(0), s)
s.remove(4)
print(s, list(reversed(s)), isinstance(s, Sequence), isinstance(s, Sized))

class BiDict(MutableMapping):
    def __init__(self, *args, **kwargs):
        self._fwd, self._rev = {}, {}
        self.update(*args, **kwargs)
    def __getitem__(self, key):
        return self._fwd[key]
    def __setitem__(self, key, value):
        if key in self._fwd:
            del self._rev[self._fwd[key]]
        if value in self._rev:
            raise ValueError(f'value {value!r} already mapped')
        self._fwd[key] = value
        self._rev[value] = key
    def __delitem__(self, key):
        del self._rev[self._fwd.pop(key)]
    def __iter__(self):
        return iter(self._fwd)
    def __len__(self):
        return len(self._fwd)
    def inverse(self, value):
        return self._rev[value]

b = BiDict({'one': 1, 'two': 2}, three=3)
print(dict(b), b.inverse(2), len(b), 'one' in b, b.get('four', 'none'))
b['one'] = 11
print(dict(b), b.inverse(11))
try:
    b['x'] = 2
except ValueError as e:
    print('ValueError:', e)
print(b.pop('two'), b.setdefault('four', 4), sorted(b.items()), b == {'one': 11, 'three': 3, 'four': 4})
print(b.popitem(), len(b), list(b.keys()), list(b.values()))
b.clear()
print(len(b), isinstance(b, Mapping))

class Ring(Sequence):
    def __init__(self, items):
        self._items = list(items)
    def __len__(self):
        return len(self._items)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(len(self)))]
        if not -len(self) <= i < len(self):
            raise IndexError('ring index out of range')
        return self._items[i % len(self._items)]
    def rotate(self, n):
        return Ring(self._items[n:] + self._items[:n])

r = Ring('abcde')
print(list(r), r[1:4], list(r.rotate(2)), ''.join(reversed(r.rotate(-1))), r.index('c'), 'z' in r)
print([isinstance(x, Iterable) for x in (r, b, s, 5)])
