# A function's __dict__: its attribute namespace, live both ways, replaceable by a dict, never deleted.
import functools


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


def f():
    "doc"


print(f.__dict__, vars(f), type(f.__dict__).__name__)
f.x = 1
print(f.__dict__, f.__dict__ is vars(f))
f.__dict__['y'] = 2
print(f.y, sorted(n for n in dir(f) if not n.startswith('__')))
d = {'a': 1}
f.__dict__ = d
print(f.a, f.__dict__ is d, hasattr(f, 'x'), hasattr(f, 'y'))
f.b = 3
print(d)
show('set int', lambda: setattr(f, '__dict__', 1))
show('set list', lambda: setattr(f, '__dict__', [('a', 1)]))
show('del', lambda: delattr(f, '__dict__'))
print(f.__dict__ is d)

# __module__, __doc__ and __annotations__ are descriptors of the function type, not entries of __dict__.
f.__module__ = 'm'
f.__doc__ = 'dd'
f.__annotations__
print(f.__dict__, f.__module__, f.__doc__)
f.__dict__['__module__'] = 'zz'
print(f.__module__, f.__dict__)
del f.a
print(d)
show('del missing', lambda: delattr(f, 'zz'))
show('get missing', lambda: f.zz)


def k(a: int) -> str:
    pass


print(k.__annotations__, k.__dict__)
show('annotations int', lambda: setattr(k, '__annotations__', 1))
del k.__annotations__
print(k.__annotations__)
k.__name__ = 'kk'
show('name int', lambda: setattr(k, '__name__', 1))
show('globals', lambda: setattr(k, '__globals__', {}))
show('closure', lambda: setattr(k, '__closure__', None))
print(k.__name__, k.__dict__)
del k.__doc__
print(k.__doc__)

# functools.wraps copies the wrapped function's __dict__ into the wrapper's.
def g():
    pass


g.attr = 5
g.other = [1]


@functools.wraps(g)
def h():
    pass


print(sorted(h.__dict__), h.other is g.other, h.__wrapped__ is g)

# A dict subclass is a dict: it becomes the namespace.
class D(dict):
    pass


dd = D(q=7)
h.__dict__ = dd
print(h.q, type(h.__dict__).__name__)
h.r = 8
print(sorted(dd.items()))

# A lambda's namespace; a method's attributes come from its function.
lam = lambda: 0
lam.tag = 'L'
print(vars(lam))


class C:
    def m(self):
        pass


C.m.note = 'n'
print(C().m.note, C.m.__dict__)
show('bound set', lambda: setattr(C().m, 'note', 1))
print('__dict__' in dir(f), '__dict__' in dir(type(f)), 'note' in dir(C.m))
