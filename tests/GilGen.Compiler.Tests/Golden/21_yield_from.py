def inner():
    a = yield 1
    b = yield 2
    return a, b

def outer():
    result = yield from inner()
    print(result)
    return result

def chain(*iterables):
    for it in iterables:
        yield from it

def flatten(tree):
    if isinstance(tree, list):
        for sub in tree:
            yield from flatten(sub)
    else:
        yield tree

def walk(node, depth=0):
    yield depth, node[0]
    for child in node[1]:
        yield from walk(child, depth + 1)

def delegate_in_try(gen):
    try:
        value = yield from gen
    except RuntimeError:
        value = None
    finally:
        print("done")
    return value

def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            yield [items[i]] + p

def queens(n, row=0, cols=()):
    if row == n:
        yield cols
        return
    for c in range(n):
        if all(c != q and abs(c - q) != row - r for r, q in enumerate(cols)):
            yield from queens(n, row + 1, cols + (c,))
