from dataclasses import dataclass, field, FrozenInstanceError, replace

@dataclass(frozen=True)
class Coord:
    lat: float
    lon: float = 0.0

c = Coord(51.5, -0.12)
print(c, hash(c) == hash((51.5, -0.12)), c == Coord(51.5, -0.12))
for action in ('set', 'del', 'new'):
    try:
        if action == 'set':
            c.lat = 1.0
        elif action == 'del':
            del c.lon
        else:
            c.extra = 1
    except FrozenInstanceError as e:
        print(action, type(e).__name__, e, isinstance(e, AttributeError))
print(replace(c, lon=2.0), c)
seen = {c, Coord(51.5, -0.12), Coord(0, 0)}
print(len(seen), {Coord(1, 2): 'a'}[Coord(1, 2)])

@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
    label: str = field(default='', compare=False)

versions = [Version(1, 2, 3, 'c'), Version(1, 10), Version(0, 9, 9), Version(1, 2, 3, 'a'), Version(1, 2)]
print(sorted(versions))
print(max(versions), min(versions))
print(Version(1, 2, 3, 'x') == Version(1, 2, 3, 'y'), Version(1) < Version(1, 0, 1), Version(2) >= Version(1, 99))
try:
    Version(1) < (1, 0, 0)
except TypeError as e:
    print('TypeError:', e)
print(Version.__lt__(Version(1), 'x'))

@dataclass(unsafe_hash=True)
class Tag:
    name: str
    weight: int = field(default=1, hash=False)

t = Tag('py')
print(hash(t) == hash(('py',)), t == Tag('py', 5), len({Tag('a'), Tag('a', 2), Tag('b')}))
t.weight = 3
print(t)

@dataclass(eq=False)
class Identity:
    v: int

i1, i2 = Identity(1), Identity(1)
print(i1 == i2, i1 == i1, len({i1, i2}))

@dataclass
class WithHash:
    v: int
    def __hash__(self):
        return 42

print(hash(WithHash(5)), WithHash(5) == WithHash(5))

@dataclass(frozen=True, order=True)
class Card:
    rank: int
    suit: str = field(compare=False)

hand = [Card(10, 'h'), Card(2, 's'), Card(14, 'd'), Card(10, 'c')]
print(sorted(hand))
print(sorted(hand, reverse=True)[0], {card.rank for card in hand} == {2, 10, 14})

@dataclass(frozen=True)
class Frozen3D(Coord):
    alt: float = 100.0

f3 = Frozen3D(1.0, 2.0)
print(f3, f3 == Coord(1.0, 2.0), hash(f3) == hash((1.0, 2.0, 100.0)))
try:
    f3.alt = 5
except FrozenInstanceError as e:
    print('frozen subclass:', e)

@dataclass(frozen=True)
class Settings:
    values: tuple = ()
    def with_value(self, v):
        return replace(self, values=self.values + (v,))

s = Settings().with_value(1).with_value(2)
print(s, s.values)
