def misc(a, b, *args, **kwargs):
    x = y = [a, b]
    x[0], y[1] = y[1], x[0]
    a.b.c = a[b][0] = 1
    del a.b, x[0:1]
    for i, (j, k) in enumerate(args):
        print(i, j, k, sep=", ", end="")
    for *h, t in args:
        pass
    s = {1, 2, 3}
    f = {"a", "b"} if a else frozenset()
    return print(*args, **kwargs), s, f, a.m(*args)

def compare_values(a, b, c):
    return (a < b) == (b < c), a < b < c, not a == b, not a is b, not a in b

def strings_ops(name):
    return "Hello, " + name + "!", name * 2, "%s=%d" % (name, 1), "{}".format(name)

def cond_in_call(x):
    return max(x if x else 0, -x)

def big_numbers():
    return 2 ** 64, -2 ** 63, 10 ** 20, 1 << 100, 0xFFFFFFFFFFFFFFFFFF, 1.0 / 3, 2 ** -1, 1e308 * 10

def ellipsis_and_none():
    x = ...
    y = None
    return x is y, True, False
