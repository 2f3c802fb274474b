from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass

@dataclass
class Point:
    x: int
    y: int = 0

p = Point(3, 4)
q = Point(3)
print(p, q, Point(y=7, x=1))
print(p == Point(3, 4), p == q, p != q, p == (3, 4))
print(Point.__doc__, Point.__match_args__)
print(Point.__init__.__qualname__, Point.__init__.__defaults__, Point.__repr__.__name__)
print(Point.__hash__)
try:
    hash(p)
except TypeError as e:
    print('TypeError:', e)
p.x = 10
print(p, p.x, p.y, vars(p))

@dataclass
class Inventory:
    name: str
    unit_price: float
    quantity: int = 0
    tags: list = field(default_factory=list)

    def total(self):
        return self.unit_price * self.quantity

a = Inventory('widget', 2.5, 4)
b = Inventory('gadget', 10.0)
a.tags.append('new')
print(a, b, a.total(), b.total())
print(a.tags is b.tags, b.tags)
print([f.name for f in fields(Inventory)], [f.type.__name__ for f in fields(a)])
print(fields(Inventory)[3].default_factory, fields(Inventory)[2].default)
print(asdict(a))
print(astuple(a))
c = replace(a, quantity=9, tags=['x'])
print(c, a.quantity, c.total())
print(is_dataclass(Inventory), is_dataclass(a), is_dataclass(3), is_dataclass(int))

for args, kwargs in [((), {}), (('n',), {}), (('n', 1.0, 2, [], 5), {}), (('n', 1.0), {'color': 'red'}), (('n', 1.0), {'name': 'dup'})]:
    try:
        print(Inventory(*args, **kwargs))
    except TypeError as e:
        print('TypeError:', e)

@dataclass
class Empty:
    pass

print(Empty(), Empty() == Empty(), fields(Empty), asdict(Empty()), Empty.__doc__)

@dataclass(repr=False, eq=False)
class Plain:
    a: int

pl = Plain(1)
print(pl.a, pl == Plain(1), type(hash(pl)).__name__, repr(pl).startswith('<__main__.Plain object'))

@dataclass
class Custom:
    a: int
    def __repr__(self):
        return f'<Custom {self.a}>'
    def __eq__(self, other):
        return True

print(Custom(5), Custom(1) == 'anything')

@dataclass
class Nested:
    points: list
    origin: Point
    meta: dict

n = Nested([Point(1, 2), Point(3, 4)], Point(0, 0), {'k': Point(9, 9), 'v': [1, (2, 3)]})
print(n)
print(asdict(n))
print(astuple(n))
d = asdict(n)
d['points'][0]['x'] = 100
print(n.points[0].x, d['points'][0])
print(asdict(p, dict_factory=lambda pairs: [k for k, v in pairs]))
