# Recursive data structures: a binary search tree class with insert/delete/traversals, and expression trees.
class BST:
    class _Node:
        __slots__ = ("key", "value", "left", "right")
        def __init__(self, key, value):
            self.key, self.value, self.left, self.right = key, value, None, None
    def __init__(self):
        self.root = None
        self.size = 0
    def __setitem__(self, key, value):
        def insert(node):
            if node is None:
                self.size += 1
                return BST._Node(key, value)
            if key < node.key:
                node.left = insert(node.left)
            elif key > node.key:
                node.right = insert(node.right)
            else:
                node.value = value
            return node
        self.root = insert(self.root)
    def __getitem__(self, key):
        node = self.root
        while node:
            if key == node.key:
                return node.value
            node = node.left if key < node.key else node.right
        raise KeyError(key)
    def __delitem__(self, key):
        def delete(node, key):
            if node is None:
                raise KeyError(key)
            if key < node.key:
                node.left = delete(node.left, key)
            elif key > node.key:
                node.right = delete(node.right, key)
            else:
                if node.left is None:
                    return node.right
                if node.right is None:
                    return node.left
                succ = node.right
                while succ.left:
                    succ = succ.left
                node.key, node.value = succ.key, succ.value
                node.right = delete(node.right, succ.key)
            return node
        self.root = delete(self.root, key)
        self.size -= 1
    def __contains__(self, key):
        try:
            self[key]
            return True
        except KeyError:
            return False
    def __len__(self):
        return self.size
    def __iter__(self):
        def walk(node):
            if node:
                yield from walk(node.left)
                yield node.key
                yield from walk(node.right)
        return walk(self.root)
    def preorder(self):
        out = []
        def walk(node):
            if node:
                out.append(node.key); walk(node.left); walk(node.right)
        walk(self.root)
        return out
    def levels(self):
        out, level = [], [self.root] if self.root else []
        while level:
            out.append([n.key for n in level])
            level = [c for n in level for c in (n.left, n.right) if c]
        return out
    def height(self):
        def h(node):
            return 0 if node is None else 1 + max(h(node.left), h(node.right))
        return h(self.root)

t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    t[k] = str(k)
print(list(t), len(t), t.height(), t.preorder())
print(t.levels())
print(t[45], 35 in t, 36 in t)
for k in [20, 30, 50, 99]:
    try:
        del t[k]
        print("deleted", k, list(t), t.levels())
    except KeyError as e:
        print("KeyError", e)
t[65] = "sixty-five"
print(t[65], len(t), t.height())
skewed = BST()
for k in range(1, 11):
    skewed[k] = k
print(skewed.height(), skewed.levels()[:3])

class Num:
    def __init__(self, v):
        self.v = v
    def eval(self, env):
        return self.v
    def __str__(self):
        return str(self.v)
class Var:
    def __init__(self, name):
        self.name = name
    def eval(self, env):
        return env[self.name]
    def __str__(self):
        return self.name
class BinOp:
    OPS = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b, "/": lambda a, b: a / b}
    def __init__(self, op, left, right):
        self.op, self.left, self.right = op, left, right
    def eval(self, env):
        return BinOp.OPS[self.op](self.left.eval(env), self.right.eval(env))
    def __str__(self):
        return f"({self.left} {self.op} {self.right})"
def derive(e, var):
    if isinstance(e, Num):
        return Num(0)
    if isinstance(e, Var):
        return Num(1 if e.name == var else 0)
    l, r = e.left, e.right
    if e.op in "+-":
        return BinOp(e.op, derive(l, var), derive(r, var))
    if e.op == "*":
        return BinOp("+", BinOp("*", derive(l, var), r), BinOp("*", l, derive(r, var)))
    raise NotImplementedError(f"derivative of {e.op}")
expr = BinOp("+", BinOp("*", Num(3), BinOp("*", Var("x"), Var("x"))), BinOp("-", Var("x"), Num(7)))
print(expr, "=", expr.eval({"x": 2}))
d = derive(expr, "x")
print(d, "=", d.eval({"x": 2}))
try:
    derive(BinOp("/", Var("x"), Num(2)), "x")
except NotImplementedError as e:
    print("NotImplementedError:", e)
