# Recursive flattening with yield from: nested lists, dicts of lists, with depth limits.
def flatten(value):
    if isinstance(value, (list, tuple)):
        for item in value:
            yield from flatten(item)
    else:
        yield value

def flatten_depth(value, depth):
    if depth < 0 or not isinstance(value, list):
        yield value
        return
    for item in value:
        yield from flatten_depth(item, depth - 1)

def leaves(tree, path=()):
    if isinstance(tree, dict):
        for key in sorted(tree):
            yield from leaves(tree[key], path + (key,))
    elif isinstance(tree, list):
        for index, item in enumerate(tree):
            yield from leaves(item, path + (index,))
    else:
        yield path, tree

nested = [1, [2, [3, [4, [5]]]], (6, 7), [], [[8], 9]]
print(list(flatten(nested)))
print(sum(flatten(nested)))
for d in range(5):
    print(d, list(flatten_depth([1, [2, [3, [4, [5]]]]], d)))
config = {"server": {"host": "localhost", "ports": [80, 443]}, "debug": False, "users": [{"name": "ann"}, {"name": "bob", "roles": ["admin", "dev"]}]}
for path, value in leaves(config):
    print(".".join(str(p) for p in path), "=", value)

def deep(n):
    value = "core"
    for _ in range(n):
        value = [value]
    return value

print(list(flatten(deep(50))))
print(len(list(flatten([list(range(i)) for i in range(10)]))))

def chain(*iterables):
    for it in iterables:
        yield from it

print(list(chain("ab", [1, 2], (x * x for x in range(3)), range(2))))
