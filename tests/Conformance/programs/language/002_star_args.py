# Unpacking in calls: *iterables and **mappings mixed with plain arguments.
def show(*args, **kwargs):
    keys = ", ".join(f"{k}={kwargs[k]!r}" for k in sorted(kwargs))
    return f"args={args} kwargs=[{keys}]"

t = (1, 2)
l = [3, 4, 5]
d = {"x": 10, "y": 20}
e = {"z": 30}

print(show(0, *t))
print(show(*t, *l))
print(show(*t, 9, *l, 8))
print(show(*l, k=1))
print(show(*t, k=1, **d))
print(show(**d, **e))
print(show(7, **d, w=2))
print(show(*t, 6, k=1, **d, m=2, **e))
print(show(*"abc"))
print(show(*range(3), *{4: "four"}))
print(show(*(x * x for x in range(4))))
print(show(**{"a": 1}, **dict(b=2)))

def point(x, y, z=0):
    return (x, y, z)

coords = [(1, 2), (3, 4, 5)]
for c in coords:
    print(point(*c))
print(point(*[1], **{"y": 7}))
print(point(**{"z": 3, "y": 2, "x": 1}))

def head_tail(first, *rest):
    return first, rest

print(head_tail(*"hello"))
print(head_tail(1, *[], *()))
args = [5, 3]
print(divmod(*args), pow(*args), max(*args, 4))
print(list(zip(*[(1, "a"), (2, "b"), (3, "c")])))
