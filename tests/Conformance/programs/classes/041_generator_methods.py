# Classes whose __iter__ is a generator method, generator expressions over instances, and super() in them.
class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = list(children)

    def __iter__(self):
        yield self.value
        for child in self.children:
            yield from child

    def depth_first(self, depth=0):
        yield depth, self.value
        for child in self.children:
            yield from child.depth_first(depth + 1)

    def leaves(self):
        if not self.children:
            yield self.value
        for child in self.children:
            yield from child.leaves()

t = Tree(1, Tree(2, Tree(4), Tree(5)), Tree(3, Tree(6, Tree(7))))
print(list(t), sum(t), max(t), 6 in t, 9 in t)
print(list(t.depth_first()))
print(list(t.leaves()), sorted(t, reverse=True)[:3])
print("-".join(str(v) for v in t))
for depth, value in t.depth_first():
    if depth == 2:
        print("depth 2:", value)

class Evens:
    def __init__(self, limit):
        self.limit = limit

    def __iter__(self):
        n = 0
        while n < self.limit:
            yield n
            n += 2

class Squares(Evens):
    def __iter__(self):
        for n in super().__iter__():
            yield n * n

print(list(Evens(9)), list(Squares(9)), sum(x for x in Squares(7)))
it = iter(Squares(5))
print(next(it), next(it), next(it), next(it, "end"))

class Paginator:
    def __init__(self, items, size):
        self.items = items
        self.size = size

    def pages(self):
        for start in range(0, len(self.items), self.size):
            yield self.items[start:start + self.size]

p = Paginator(list("abcdefgh"), 3)
print(list(p.pages()), len(list(p.pages())))
print({i: page for i, page in enumerate(p.pages())})
