# Recursive data processing: trees as nested tuples, memoized counting, mutual recursion.
tree = ("root", [("a", [("a1", []), ("a2", [("a2x", [])])]), ("b", []), ("c", [("c1", [])])])

def count(node):
    name, children = node
    return 1 + sum(count(c) for c in children)

def depth(node):
    _, children = node
    return 1 + max((depth(c) for c in children), default=0)

def paths(node, prefix=()):
    name, children = node
    here = prefix + (name,)
    if not children:
        return ["/".join(here)]
    return [p for c in children for p in paths(c, here)]

def render(node, indent=0):
    name, children = node
    lines = ["  " * indent + name]
    for c in children:
        lines.extend(render(c, indent + 1))
    return lines

print(count(tree), depth(tree))
print(paths(tree))
print("\n".join(render(tree)))

def is_even(n):
    return True if n == 0 else is_odd(n - 1)

def is_odd(n):
    return False if n == 0 else is_even(n - 1)

print([is_even(n) for n in range(6)], is_odd(301))

memo = {}
def ways(n, coins):
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    key = (n, coins)
    if key not in memo:
        memo[key] = ways(n - coins[0], coins) + ways(n, coins[1:])
    return memo[key]

print(ways(100, (50, 25, 10, 5, 1)), len(memo))

def power_set(items):
    if not items:
        return [[]]
    rest = power_set(items[1:])
    return rest + [[items[0]] + r for r in rest]

print(power_set([1, 2, 3]))
