# A binary search tree: recursive insert, search, traversals, height, min/max, deletion.
class TreeNode:
    def __init__(self, key):
        self.key = key
        self.left = None
        self.right = None

class BST:
    def __init__(self):
        self.root = None
        self.count = 0

    def insert(self, key):
        self.root = self._insert(self.root, key)

    def _insert(self, node, key):
        if node is None:
            self.count += 1
            return TreeNode(key)
        if key < node.key:
            node.left = self._insert(node.left, key)
        elif key > node.key:
            node.right = self._insert(node.right, key)
        return node

    def contains(self, key):
        node = self.root
        while node is not None:
            if key == node.key:
                return True
            node = node.left if key < node.key else node.right
        return False

    def inorder(self):
        out = []
        self._inorder(self.root, out)
        return out

    def _inorder(self, node, out):
        if node:
            self._inorder(node.left, out)
            out.append(node.key)
            self._inorder(node.right, out)

    def preorder(self, node=None, out=None):
        if out is None:
            out = []
            node = self.root
        if node is not None:
            out.append(node.key)
            self.preorder(node.left, out) if node.left else None
            self.preorder(node.right, out) if node.right else None
        return out

    def height(self, node="root"):
        if node == "root":
            node = self.root
        if node is None:
            return 0
        return 1 + max(self.height(node.left), self.height(node.right))

    def minimum(self):
        node = self.root
        while node.left:
            node = node.left
        return node.key

    def delete(self, key):
        self.root = self._delete(self.root, key)

    def _delete(self, node, key):
        if node is None:
            return None
        if key < node.key:
            node.left = self._delete(node.left, key)
        elif key > node.key:
            node.right = self._delete(node.right, key)
        else:
            self.count -= 1
            if node.left is None:
                return node.right
            if node.right is None:
                return node.left
            succ = node.right
            while succ.left:
                succ = succ.left
            node.key = succ.key
            self.count += 1
            node.right = self._delete(node.right, succ.key)
        return node

t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    t.insert(k)
t.insert(40)
print(t.count, t.inorder())
print(t.preorder())
print(t.height(), t.minimum())
print([t.contains(k) for k in [35, 36, 80, 10]])
for k in [20, 30, 50, 99]:
    t.delete(k)
    print("after deleting", k, t.count, t.inorder(), t.height())
words = BST()
for w in "the quick brown fox jumps over the lazy dog".split():
    words.insert(w)
print(words.count, words.inorder(), words.minimum())
