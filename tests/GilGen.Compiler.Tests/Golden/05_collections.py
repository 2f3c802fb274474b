def displays(a, b):
    t = (a, b)
    l = [a, b, 1]
    s = {a, b}
    d = {"x": a, "y": b}
    d2 = {a: 1, b: 2}
    empty = [], (), {}
    consts = [1, 2, 3], (1, 2, 3), {"k": 1}
    return t, l, s, d, d2, empty, consts

def unpacking(seq):
    a, b = seq
    a, b = b, a
    a, b, c = c, b, a
    first, *rest = seq
    *init, last = seq
    [x, y] = seq
    (p, q), r = seq
    return a, b, first, rest, init, last, x, y, p, q, r

def starred(a, b):
    return [*a, *b], (*a, 1), {*a}, {**a, 'k': 1, **b}

def subscripts(x, i):
    x[i] = x[i + 1]
    x[i] += 1
    del x[i]
    y = x[1:2], x[::2], x[:], x[i:], x[1:2:3], x[1, 2]
    return y

def attributes(o):
    o.x = 1
    o.x += o.y
    del o.x
    return o.a.b.c
