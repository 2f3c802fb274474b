# Releasing the head of a very long chain releases the whole chain without overflowing the stack (CPython's
# trashcan): linked instances, nested lists, tuples and dicts, iterators, closures, partials, bound methods; a
# chain's finalizers run head first.
class Node:
    def __init__(self, child=None):
        self.child = child


def chain(n):
    node = None
    for _ in range(n):
        node = Node(node)
    return node


x = chain(200_000)
del x
print("instances released")

nested = None
for _ in range(200_000):
    nested = [nested]
del nested
print("lists released")

t = ()
for _ in range(200_000):
    t = (t,)
t = None
print("tuples released")

d = {}
for _ in range(200_000):
    d = {"d": d}
d = None
print("dicts released")

# Chains through other objects that hold references: iterators, closures, partial objects, bound methods.
it = iter([1])
for _ in range(200_000):
    it = map(abs, it)
del it
print("maps released")

z = iter([1])
for _ in range(200_000):
    z = zip(z)
del z
print("zips released")

f = None
for _ in range(200_000):
    f = (lambda f: lambda: f)(f)
del f
print("closures released")

import functools

p = abs
for _ in range(200_000):
    p = functools.partial(p)
del p
print("partials released")


class Holder:
    def method(self):
        pass


bound = None
for _ in range(200_000):
    o = Holder()
    o.next = bound
    bound = o.method
del bound, o
print("bound methods released")

order = []


class Noisy:
    def __init__(self, n, child):
        self.n = n
        self.child = child

    def __del__(self):
        order.append(self.n)


head = None
for i in range(300):
    head = Noisy(i, head)
head = None
print(len(order), order[:3], order[48:53], order[-3:])
print(order == sorted(order, reverse=True))

# A tree: each node holds two children; dropping the root finalizes every node once.
finalized = []


class Branch:
    def __init__(self, depth):
        self.depth = depth
        self.kids = [Branch(depth - 1), Branch(depth - 1)] if depth else []

    def __del__(self):
        finalized.append(self.depth)


root = Branch(10)
root = None
print(len(finalized), finalized.count(0), finalized[-1])
