def classify(x):
    if x < 0:
        return "neg"
    elif x == 0:
        return "zero"
    else:
        return "pos"

def logic(a, b, c):
    if a and b or c:
        print(1)
    if not a:
        print(2)
    if a or (b and c):
        print(3)
    x = a and b
    y = a or b or c
    return x, y

def chained(a, b, c):
    if a < b < c:
        return a < b <= c != a
    return 1 if a is b else 2

def membership(x, seq):
    r = x in seq, x not in seq, x is None, x is not None
    if x in [1, 2, 3]:
        return r
    if not (x in seq):
        return None
    return x in {1, 2}

def constant_if():
    if 0:
        print("never")
    if 1:
        print("always")
    else:
        print("never")
