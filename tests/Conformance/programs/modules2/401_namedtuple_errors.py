from collections import namedtuple

Point = namedtuple('Point', 'x y')
p = Point(1, 2)

def attempt(label, fn):
    try:
        result = fn()
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '=>', result)

attempt('too few', lambda: Point(1))
attempt('none', lambda: Point())
attempt('too many', lambda: Point(1, 2, 3))
attempt('unknown kw', lambda: Point(1, y=2, z=3))
attempt('twice', lambda: Point(1, x=2))
attempt('make short', lambda: Point._make([1]))
attempt('make long', lambda: Point._make((1, 2, 3)))
attempt('replace bad', lambda: p._replace(z=1, w=2))
attempt('replace ok', lambda: p._replace(y=5))
attempt('index', lambda: p[2])

def set_x():
    p.x = 3
def set_new():
    p.z = 3
def del_x():
    del p.x
def item_assign():
    p[0] = 5

attempt('set field', set_x)
attempt('set other', set_new)
attempt('del field', del_x)
attempt('item assign', item_assign)

attempt('dup', lambda: namedtuple('A', 'x y x'))
attempt('underscore', lambda: namedtuple('A', 'x _y'))
attempt('keyword field', lambda: namedtuple('A', 'x class'))
attempt('keyword type', lambda: namedtuple('def', 'x'))
attempt('bad type', lambda: namedtuple('1A', 'x'))
attempt('bad field', lambda: namedtuple('A', 'x 2y'))
attempt('bad field int', lambda: namedtuple('A', ['x', 3]))
attempt('dash', lambda: namedtuple('A', 'x-y'))
attempt('defaults', lambda: namedtuple('A', 'x y', defaults=(1, 2, 3)))
attempt('defaults ok', lambda: namedtuple('A', 'x y', defaults=(1, 2))())
attempt('positional rename', lambda: namedtuple('A', 'x', True))
attempt('rename', lambda: namedtuple('A', 'x x', rename=True)._fields)
attempt('getattr', lambda: getattr(p, 'nope'))
attempt('hasattr', lambda: (hasattr(p, 'x'), hasattr(p, 'nope')))
attempt('unhashable', lambda: hash(Point([1], 2)))
attempt('compare', lambda: Point(1, 2) < Point(1, 'a'))
attempt('unpack', lambda: [a for a, b, c in [p]])
