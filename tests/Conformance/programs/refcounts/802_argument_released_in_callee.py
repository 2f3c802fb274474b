# A function that drops every other reference to its argument: the object must stay alive while the
# callee still uses it, be released exactly once when the last reference goes, and sys.getrefcount
# inside the callee must show what CPython 3.12 shows.
import sys

holder = [[1, 2, 3]]

def drop_holder_then_use(x):
    holder.clear()
    print('count in callee', sys.getrefcount(x))
    x.append(4)
    return sum(x)

print(drop_holder_then_use(holder[0]))
print(holder)

registry = {'k': {'a': 1}}

def pop_and_read(d):
    registry.pop('k')
    d['b'] = 2
    return sorted(d.items())

print(pop_and_read(registry['k']))
print(registry)

class Node:
    def __init__(self, name):
        self.name = name
        self.children = []

    def __repr__(self):
        return f'Node({self.name}, {len(self.children)})'

tree = Node('root')
tree.children.append(Node('leaf'))

def detach(node):
    tree.children.remove(node)
    node.children.append(Node('grandchild'))
    return node

kept = detach(tree.children[0])
print(tree, kept, kept.children)

# The same object passed twice while the callee drops the outer reference.
pairs = [['x']]

def twice(a, b):
    pairs.pop()
    a.append('y')
    return a is b, a, b, sys.getrefcount(a)

print(twice(pairs[0], pairs[0]))

# Nested calls that each drop a reference.
chain = [[0]]

def outer(v):
    chain.clear()
    return inner(v) + [len(v)]

def inner(v):
    v.append(1)
    return list(v)

print(outer(chain[0]), chain)

# A generator that outlives the list it was passed from.
gens = [iter([10, 20, 30])]

def drain(it):
    gens.clear()
    return [n * 2 for n in it]

print(drain(gens[0]), gens)

# Rebinding the parameter releases the argument's last reference inside the callee.
box = [['tmp']]

def rebind(x):
    box.clear()
    first = x[0]
    x = None
    return first, x

print(rebind(box[0]), box)
