from dataclasses import dataclass, field, asdict, astuple, replace, fields

@dataclass
class Node:
    name: str
    size: int = 0
    children: list = field(default_factory=list)

    def add(self, *nodes):
        self.children.extend(nodes)
        return self

    def total(self):
        return self.size + sum(c.total() for c in self.children)

    def walk(self, depth=0):
        yield depth, self
        for c in self.children:
            yield from c.walk(depth + 1)

root = Node('/').add(
    Node('etc', 0).add(Node('hosts', 120), Node('passwd', 2048)),
    Node('home', 0).add(Node('ann', 0).add(Node('notes.txt', 512), Node('photo.jpg', 40960))),
    Node('README', 64),
)
for depth, node in root.walk():
    print('  ' * depth + f'{node.name} ({node.total()})')
print(asdict(root)['children'][0])
print(astuple(root.children[2]))
copy = replace(root, name='/backup')
print(copy.name, copy.children is root.children, copy == root, copy.total() == root.total())
biggest = max((n for _, n in root.walk()), key=lambda n: n.size)
print(biggest, [f.name for f in fields(biggest)])

@dataclass
class Matrix:
    rows: list

    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])

    def __matmul__(self, other):
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])

m = Matrix([[1, 2], [3, 4]])
print(m @ Matrix.identity(2) == m, m @ m, Matrix.identity(3))

@dataclass
class Counter:
    counts: dict = field(default_factory=dict)
    def add(self, word):
        self.counts[word] = self.counts.get(word, 0) + 1
        return self

c = Counter()
for w in 'the cat and the hat and the bat'.split():
    c.add(w)
print(c, asdict(c) == {'counts': c.counts})
