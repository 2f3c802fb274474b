from collections import namedtuple
import copy

class Vector(namedtuple('Vector', 'x y')):
    __slots__ = ()

    @property
    def length_squared(self):
        return self.x * self.x + self.y * self.y

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def scaled(self, k):
        return self._replace(x=self.x * k, y=self.y * k)

    def __str__(self):
        return f'<{self.x}, {self.y}>'

v = Vector(3, 4)
w = Vector(1, -2)
print(v, repr(v), v.length_squared)
print(v + w, repr(v + w), type(v + w).__name__)
print(v.scaled(10), type(v.scaled(10)).__name__)
print(Vector._make([5, 6]), type(Vector._make([5, 6])).__name__)
print([c.__name__ for c in Vector.__mro__])
print(isinstance(v, tuple), issubclass(Vector, tuple), Vector._fields)
try:
    v.z = 1
except AttributeError as e:
    print('slots:', e)

class Employee(namedtuple('EmployeeBase', 'name dept salary', defaults=[50000])):
    def raise_by(self, percent):
        return self._replace(salary=round(self.salary * (1 + percent / 100)))

    def __repr__(self):
        return 'Employee:' + super().__repr__()

e = Employee('Ann', 'eng')
print(e, e.salary, e.raise_by(10))
e.note = 'has dict'
print(e.note, e.__dict__)
print(Employee.__bases__[0].__name__, Employee._field_defaults)

class Card(namedtuple('Card', 'rank suit')):
    RANKS = '23456789TJQKA'

    def __lt__(self, other):
        return self.RANKS.index(self.rank) < self.RANKS.index(other.rank)

hand = [Card('K', 'h'), Card('3', 's'), Card('A', 'd'), Card('9', 'c')]
print(sorted(hand))
print(max(hand), min(hand))

Pair = namedtuple('Pair', 'left right')
p = Pair([1, 2], {'k': 'v'})
shallow = copy.copy(p)
deep = copy.deepcopy(p)
print(shallow, type(shallow).__name__, shallow == p, shallow.left is p.left)
print(deep, type(deep).__name__, deep == p, deep.left is p.left)
deep.left.append(3)
print(p.left, deep.left)

class Node(namedtuple('Node', 'value children')):
    def total(self):
        return self.value + sum(child.total() for child in self.children)

    def depth(self):
        return 1 + max((child.depth() for child in self.children), default=0)

tree = Node(1, [Node(2, []), Node(3, [Node(4, []), Node(5, [Node(6, [])])])])
print(tree.total(), tree.depth(), tree.children[1].value)
a, b = tree
print(a, len(b))
