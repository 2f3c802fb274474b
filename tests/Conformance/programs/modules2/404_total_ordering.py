from functools import total_ordering

@total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split('.'))

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts

    def __repr__(self):
        return 'v' + '.'.join(map(str, self.parts))

a, b, c = Version('1.2'), Version('1.10'), Version('1.2')
for x, y in [(a, b), (b, a), (a, c)]:
    print(x, y, x < y, x <= y, x > y, x >= y, x == y, x != y)
print(sorted([Version('2.0'), Version('1.9.9'), Version('1.10'), Version('1.2')]))
print(max(a, b), min(a, b))
print(Version.__gt__.__name__, Version.__gt__.__qualname__, Version.__le__.__name__)
print(Version.__ge__(a, 5), Version.__le__(a, 5))
try:
    a >= 5
except TypeError as e:
    print('TypeError:', e)

@total_ordering
class Weight:
    def __init__(self, kg):
        self.kg = kg
    def __le__(self, other):
        print('  le', self.kg, other.kg)
        return self.kg <= other.kg
    def __eq__(self, other):
        return self.kg == other.kg

w1, w2 = Weight(3), Weight(5)
print('lt', w1 < w2)
print('gt', w1 > w2)
print('ge', w2 >= w1)
print('ge eq', Weight(4) >= Weight(4))

@total_ordering
class Desc:
    def __init__(self, n):
        self.n = n
    def __gt__(self, other):
        return self.n > other.n
    def __eq__(self, other):
        return self.n == other.n
    def __repr__(self):
        return f'D{self.n}'

ds = [Desc(3), Desc(1), Desc(2)]
print(sorted(ds), Desc(1) <= Desc(1), Desc(1) < Desc(1), Desc(2) >= Desc(3))

@total_ordering
class GeOnly:
    def __init__(self, n):
        self.n = n
    def __ge__(self, other):
        return self.n >= other.n
print([GeOnly(1) < GeOnly(2), GeOnly(1) <= GeOnly(1), GeOnly(3) > GeOnly(2), GeOnly(2) > GeOnly(2)])

class Base:
    def __lt__(self, other):
        return self.key() < other.key()
    def __eq__(self, other):
        return self.key() == other.key()

@total_ordering
class Item(Base):
    def __init__(self, k):
        self.k = k
    def key(self):
        return self.k
print(Item(1) >= Item(0), Item(1) <= Item(0), Item(2) > Item(1))

try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print('ValueError:', e)
