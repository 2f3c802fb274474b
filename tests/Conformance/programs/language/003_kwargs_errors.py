# CPython's TypeError messages for calls that do not fit the signature.
def f(a, b, c=3):
    return a + b + c

def kw(*, key, other=0):
    return key + other

def pos(a, b, /, c):
    return a * b * c

def g(*args, **kwargs):
    return len(args), len(kwargs)

attempts = [
    lambda: f(1),
    lambda: f(),
    lambda: f(1, 2, 3, 4),
    lambda: f(1, 2, d=4),
    lambda: f(1, 2, a=5),
    lambda: kw(1),
    lambda: kw(),
    lambda: kw(key=1, nope=2),
    lambda: pos(1, b=2, c=3),
    lambda: pos(1, 2),
    lambda: g(**{"a": 1}, **{"a": 2}),
    lambda: g(*5),
    lambda: g(**[1]),
    lambda: f(*[1, 2], **{"b": 9}),
    lambda: (lambda x: x)(),
    lambda: (lambda: 0)(1),
]
for i, attempt in enumerate(attempts):
    try:
        print(i, "ok", attempt())
    except TypeError as e:
        print(i, "TypeError:", e)

print(f(1, 2), f(1, b=2), f(c=0, b=1, a=2), kw(key=5), pos(2, 3, c=4), pos(2, 3, 4))
print(g(), g(1, 2, x=3), g(*range(10), **{str(i): i for i in range(3)}))
