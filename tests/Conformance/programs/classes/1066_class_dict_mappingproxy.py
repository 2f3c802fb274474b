# A class's __dict__ is a read-only live view (mappingproxy); types.MappingProxyType makes one over any mapping.
import sys
import types


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


class C:
    x = 1

    def m(self):
        pass


def exec_set(mapping):
    mapping['y'] = 2


def exec_ior(mapping):
    mapping |= {'z': 1}


d = C.__dict__
print(type(d), type(vars(C)), type(d) is types.MappingProxyType, type(int.__dict__).__name__)
print(d['x'], 'x' in d, 'nope' in d, 1 in d, len(d) == len(list(d)))
print(sorted(k for k in d if not k.startswith('__')), d.get('x'), d.get('zz'), d.get('zz', 5))
show('set', lambda: d.__setitem__('x', 2))
show('setitem', lambda: exec_set(d))


show('del', lambda: d.__delitem__('x'))
show('missing', lambda: d['missing'])
show('unhashable', lambda: [] in d)
show('setattr', lambda: setattr(d, 'foo', 1))
print(hasattr(C, 'y'), C.x)
# Live: a later class attribute shows through the view taken before.
C.y = 3
print(d['y'], 'y' in d)
del C.y
print('y' in d)
print(type(d.copy()).__name__, d.copy()['x'], type(d.keys()).__name__, sorted(k for k, v in d.items() if k == 'x'))
print(int.__dict__['bit_length'], 'real' in int.__dict__, 'fromkeys' in dict.__dict__)
both = d | {'x': 9}
print(type(both).__name__, both['x'], ({'x': 9} | d)['x'])


class E:
    pass


print(repr(E.__dict__)[:27], str(types.MappingProxyType({'a': 1})))

m = types.MappingProxyType({'a': 1, 'b': 2})
print(m, repr(m), len(m), list(m), list(reversed(m)), m.keys(), m.values(), m.items())
print(m == {'a': 1, 'b': 2}, m != {'a': 1}, m == types.MappingProxyType({'a': 1, 'b': 2}), bool(m), bool(types.MappingProxyType({})))
print(m | {'c': 3}, {'c': 3} | m, type(m | {}).__name__)
show('ior', lambda: exec_ior(m))


n = {}
n |= m
print(n, dict(m), {**m}, m.copy())
show('hash', lambda: hash(m))
show('int', lambda: types.MappingProxyType(1))
show('list', lambda: types.MappingProxyType([1]))
show('tuple', lambda: types.MappingProxyType((1,)))
show('none', lambda: types.MappingProxyType())
show('two', lambda: types.MappingProxyType({}, {}))
show('kw', lambda: types.MappingProxyType(mapping={'k': 1}))
show('subclass', lambda: type('X', (types.MappingProxyType,), {}))
print(types.MappingProxyType.__name__, types.MappingProxyType.__module__, types.MappingProxyType[str, int])


# A view of a mapping that is not a dict reads it through its methods.
class Mapping:
    def __init__(self):
        self.data = {'k': 'v'}

    def __getitem__(self, key):
        return self.data[key]

    def __len__(self):
        return len(self.data)

    def __iter__(self):
        return iter(self.data)

    def keys(self):
        return self.data.keys()

    def items(self):
        return self.data.items()

    def values(self):
        return self.data.values()

    def get(self, key, default=None):
        return self.data.get(key, default)

    def copy(self):
        return 'copied'

    def __repr__(self):
        return 'Mapping()'


mm = types.MappingProxyType(Mapping())
print(mm, mm['k'], len(mm), list(mm), mm.get('k'), mm.copy(), 'k' in mm)
src = {'live': 1}
lv = types.MappingProxyType(src)
src['more'] = 2
print(lv)

# The enum members and a generic function's registry are the same type.
import enum
import functools


class Color(enum.Enum):
    RED = 1


@functools.singledispatch
def fn(x):
    return 'base'


print(type(Color.__members__) is types.MappingProxyType, type(fn.registry) is types.MappingProxyType)

# The view holds the class alive, as CPython's holds its dict.
class Held:
    pass


before = sys.getrefcount(Held)
view = Held.__dict__
print(sys.getrefcount(Held) - before)
del view
print(sys.getrefcount(Held) - before)
