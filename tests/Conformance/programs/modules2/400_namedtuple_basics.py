from collections import namedtuple

Point = namedtuple('Point', 'x y')
Color = namedtuple('Color', ['red', 'green', 'blue'])
Row = namedtuple('Row', 'id, name ,score', defaults=[0])

p = Point(3, 4)
print(p, p.x, p.y, p[0], p[-1], len(p))
print(Point.__doc__, Point._fields, Point.__name__, Point.__qualname__)
print(Point.__new__.__doc__)
print(Point.x.__doc__, Point.y.__doc__)
q = Point(y=10, x=-1)
print(q, q == (-1, 10), q != p, q < p, p < (3, 5))
print(isinstance(p, tuple), type(p) is Point, type(p).__name__)

x, y = p
print('unpacked', x, y)
a, *rest = Color(1, 2, 3)
print('star', a, rest)

print('slice', p[:1], p[::-1], p + (5,), p * 2)
print('count/index', Color(1, 1, 2).count(1), Color(5, 6, 7).index(6))
print('in', 3 in p, 9 in p)
print('hash equal', hash(p) == hash((3, 4)))
d = {p: 'first', Point(0, 0): 'origin'}
print('dict key', d[(3, 4)], d[Point(0, 0)])

print(p._asdict())
print(p._replace(x=100))
print(p._replace(y=p.x * 2, x=p.y))
print(Point._make([7, 8]), Point._make(range(2)), Point._make(iter('ab')))
print(p.__getnewargs__())

print(Row._field_defaults, Row(1, 'ann'), Row(2, 'bob', 9.5))
print(Row.__new__.__defaults__)

c = Color(255, 128, 0)
for name, value in zip(c._fields, c):
    print(' ', name, '=', value)
print('sorted', sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
print('max by y', max([Point(2, 1), Point(1, 5), Point(1, 2)], key=lambda t: t.y))
print('sum', sum(Point(2, 3)), list(Point(2, 3)), tuple(Point(2, 3)))
print('format', '%d-%d' % p, '{0.x}/{0.y}'.format(p), f'{p.x:>4}|{p.y:<3}|')

Empty = namedtuple('Empty', '')
print(Empty(), Empty._fields, len(Empty()))

nested = Point(Point(1, 2), [Color(1, 2, 3)])
print(nested)
print(repr(nested.x), nested.y[0].blue)

R = namedtuple('R', 'a b c', rename=True)
print(R._fields)
R2 = namedtuple('R2', ['abc', 'def', 'ghi', 'abc', '_x', '9'], rename=True)
print(R2._fields, R2(1, 2, 3, 4, 5, 6))
print(namedtuple('M', 'a b', module='shapes').__module__)
