def f(*a, **k):
    return a, k

def calls(x, y, t, d, e):
    f(x, y, *t)
    f(*t, *t)
    f(*t, x, *t, y)
    f(x, *t, k=1)
    f(*t, k=1, **d)
    f(**d, **e)
    f(x, **d, y=2)
    f(*t, x, k=1, **d, m=2, **e)
    f(*[x, y])
    return f(*(x,), **{'a': 1})

def displays(a, b, s):
    l = [*a, *b]
    t = (*a, 1, *b)
    st = {*a, *s}
    d = {**a, 'k': 1, **b}
    return l, t, st, d

def unpacking(seq):
    a, *b = seq
    *c, d = seq
    e, *f, g = seq
    [h, *i] = seq
    for j, *k in seq:
        pass
    return a, b, c, d, e, f, g, h, i

def params(a, b, /, c, d=4, *, e, f=6, **kw):
    return a, b, c, d, e, f, kw

def only_kw(*, key, reverse=False):
    return key, reverse
