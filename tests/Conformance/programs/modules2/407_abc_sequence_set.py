from collections.abc import Sequence, MutableSequence, Set, MutableSet, Iterator, Sized

class Squares(Sequence):
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.n))]
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError('squares index out of range')
        return i * i

sq = Squares(6)
print(list(sq), len(sq), sq[2], sq[-1], sq[1:4])
print(16 in sq, 15 in sq, sq.index(9), sq.count(4), list(reversed(sq)))
print(sq.index(16, 2), sq.index(0, -6))
for bad in [(7,), (4, 0, 3)]:
    try:
        sq.index(*bad)
    except ValueError:
        print('ValueError for', bad)
print(sum(sq), max(sq), sorted(sq, reverse=True)[:2], [x for x in sq if x % 2])
it = iter(sq)
print(type(it).__name__, next(it), next(it), list(it))

class TypedList(MutableSequence):
    def __init__(self, kind, items=()):
        self.kind = kind
        self._items = []
        self.extend(items)
    def __len__(self):
        return len(self._items)
    def __getitem__(self, i):
        return self._items[i]
    def __setitem__(self, i, value):
        self._check(value)
        self._items[i] = value
    def __delitem__(self, i):
        del self._items[i]
    def insert(self, i, value):
        self._check(value)
        self._items.insert(i, value)
    def _check(self, value):
        if not isinstance(value, self.kind):
            raise TypeError(f'expected {self.kind.__name__}, got {type(value).__name__}')
    def __repr__(self):
        return f'TypedList({self._items})'

tl = TypedList(int, [3, 1, 2])
tl.append(10)
tl += [20, 30]
print(tl, len(tl))
tl.reverse()
print(tl, tl.pop(), tl.pop(0), tl)
tl.remove(2)
print(tl, tl.index(10), 1 in tl)
try:
    tl.append('x')
except TypeError as e:
    print('TypeError:', e)
try:
    tl.remove(99)
except ValueError:
    print('ValueError from remove')
tl.clear()
print(tl, len(tl))

class ListSet(MutableSet):
    def __init__(self, items=()):
        self._items = []
        for x in items:
            self.add(x)
    def __contains__(self, x):
        return x in self._items
    def __iter__(self):
        return iter(self._items)
    def __len__(self):
        return len(self._items)
    def add(self, x):
        if x not in self._items:
            self._items.append(x)
    def discard(self, x):
        if x in self._items:
            self._items.remove(x)
    def __repr__(self):
        return f'ListSet({self._items})'

a, b = ListSet([1, 2, 3, 4]), ListSet([3, 4, 5])
print(a & b, a | b, a - b, b - a, a ^ b)
print(a <= b, ListSet([3]) <= b, ListSet([3]) < b, b >= ListSet([5]), a == ListSet([4, 3, 2, 1]), a != b)
print(a.isdisjoint(b), a.isdisjoint([9, 10]), a & {2, 3}, {9, 1} - a if False else a - {9, 1})
a.remove(1)
print(a, a.pop(), a)
try:
    a.remove(42)
except KeyError as e:
    print('KeyError:', e)
a |= [7, 8]
print(a)
a -= [7]
print(a)
a &= {3, 4, 8}
print(a)
a.clear()
print(a, len(a), isinstance(a, Sized))
