# Tree walks with yield from: preorder, inorder, postorder, by level, with depth.
def node(value, left=None, right=None):
    return (value, left, right)

tree = node(8,
            node(3, node(1), node(6, node(4), node(7))),
            node(10, None, node(14, node(13))))

def preorder(t):
    if t is None:
        return
    value, left, right = t
    yield value
    yield from preorder(left)
    yield from preorder(right)

def inorder(t):
    if t is None:
        return
    value, left, right = t
    yield from inorder(left)
    yield value
    yield from inorder(right)

def postorder(t):
    if t is None:
        return
    value, left, right = t
    yield from postorder(left)
    yield from postorder(right)
    yield value

def with_depth(t, depth=0):
    if t is None:
        return
    yield depth, t[0]
    yield from with_depth(t[1], depth + 1)
    yield from with_depth(t[2], depth + 1)

def by_level(t):
    level = [t]
    while level:
        yield [n[0] for n in level]
        level = [child for n in level for child in (n[1], n[2]) if child is not None]

def paths(t, prefix=()):
    if t is None:
        return
    here = prefix + (t[0],)
    if t[1] is None and t[2] is None:
        yield here
    yield from paths(t[1], here)
    yield from paths(t[2], here)

print("pre ", list(preorder(tree)))
print("in  ", list(inorder(tree)))
print("post", list(postorder(tree)))
for depth, value in with_depth(tree):
    print("  " * depth + str(value))
print(list(by_level(tree)))
for p in paths(tree):
    print(" -> ".join(str(v) for v in p), "sum", sum(p))
print("height", max(d for d, _ in with_depth(tree)) + 1)
print("sorted?", list(inorder(tree)) == sorted(preorder(tree)))

filesystem = ("/", [("etc", [("hosts", []), ("passwd", [])]), ("usr", [("bin", [("python", [])]), ("lib", [])]), ("tmp", [])])

def walk(entry, path=""):
    name, children = entry
    full = path.rstrip("/") + "/" + name if path else name
    yield full, len(children)
    for child in children:
        yield from walk(child, full)

for full, count in walk(filesystem):
    print(full, count)
leaves = [p for p, n in walk(filesystem) if n == 0]
print(leaves)
