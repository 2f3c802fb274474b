# Instances of module-level classes cross to a worker and back: class by name, state by __dict__ or
# by __getstate__/__setstate__; methods run in the worker on the copy.
import multiprocessing


class Point:
    dims = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)

    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)


class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance
        self.history = []

    def __getstate__(self):
        return {"owner": self.owner, "balance": self.balance}

    def __setstate__(self, state):
        self.owner = state["owner"]
        self.balance = state["balance"]
        self.history = ["restored"]


class Node:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)


def move(p):
    return p.moved(1, -1)


def deposit(acct, amount):
    acct.balance += amount
    acct.history.append("deposit %d" % amount)
    return acct


def total(node):
    return node.value + sum(total(c) for c in node.children)


def build(depth):
    if depth == 0:
        return Node(1)
    return Node(depth, [build(depth - 1), build(depth - 1)])


def kind(obj):
    return type(obj).__name__, type(obj).__module__ in ("__main__", "__mp_main__"), obj.dims


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        p = Point(3, 4)
        q = pool.apply(move, (p,))
        print(p, q, type(q) is Point, q == Point(4, 3))
        print(pool.map(move, [Point(i, i * i) for i in range(4)]))
        print(pool.apply(kind, (p,)))
        a = Account("ann", 10)
        a.history.append("opened")
        b = pool.apply(deposit, (a, 5))
        print(a.owner, a.balance, a.history)
        print(b.owner, b.balance, b.history)
        tree = build(3)
        print("tree total:", pool.apply(total, (tree,)), total(tree))
        back = pool.apply(build, (2,))
        print(type(back).__name__, back.value, [c.value for c in back.children], total(back))
        p.extra = "attribute added later"
        r = pool.apply(move, (p,))
        print(vars(r))
