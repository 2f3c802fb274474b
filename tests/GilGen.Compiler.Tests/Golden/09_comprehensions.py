def comps(items, k):
    a = [x * 2 for x in items]
    b = [x for x in items if x > k]
    c = {x for x in items}
    d = {x: x * x for x in items if x}
    e = [(x, y) for x in items for y in items if x != y]
    f = list(x for x in items)
    return a, b, c, d, e, f

def closure_comp(items, k):
    return [x + k for x in items]

def nested_comp(m):
    return [[i * j for j in range(m)] for i in range(m)]

results = [x for x in range(8)]
