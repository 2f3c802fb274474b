def folding():
    a = -1
    b = 2 * 3
    c = (1, 2, 3)
    d = 2 ** 10
    e = 2 ** 200
    f = "ab" * 3
    g = 10 / 4
    h = 7 // 2, -7 // 2, 7 % 3, -7 % 3
    i = not True
    j = 1 << 4, 255 >> 2, 6 & 3, 6 | 3, 6 ^ 3
    k = ((1, 2), (3, 4))
    l = "abc"[1]
    m = (1, 2)[0]
    n = 1.5 * 2
    o = -(-1)
    p = ~5
    return a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p

def not_folded(x):
    return "%d" % 5, 1 / 0, x + 1 * 2

def dead_code(x):
    return x
    print("dead")

def defaults_fold(a=1, b=2, c=(3, 4)):
    return a + b
