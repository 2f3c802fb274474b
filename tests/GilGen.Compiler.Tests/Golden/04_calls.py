import threading

def calls(f, args, kwargs, obj):
    f(1, 2)
    f(a=1, b=2)
    f(1, *args)
    f(*args)
    f(**kwargs)
    f(1, x=2, **kwargs)
    f(*args, **kwargs)
    obj.method(1, 2)
    obj.method(key=1)
    obj.attr.method()
    return f(f(1), obj.attr)

def make_thread(foo):
    t = threading.Thread(target=foo, args=(1,))
    t.start()
    t.join()
    return t

def defaults(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw

def kwonly(*, key=None, reverse=False):
    return key, reverse

def posonly(a, b, /, c):
    return a + b + c
