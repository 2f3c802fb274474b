def walrus(data):
    if (n := len(data)) > 3:
        print(n)
    while (chunk := data.pop()) != 0:
        print(chunk)
    ys = [y for x in data if (y := x * 2) > 2]
    total = 0
    sums = [total := total + v for v in data]
    return ys, sums, total, [(z := i) for i in range(3)], z

def lambdas(k):
    f = lambda: k
    g = lambda a, b=2, *c, d, e=5, **f: (a, b, c, d, e, f)
    h = lambda x, /, y: x + y
    key = lambda item: (-item[1], item[0])
    return f, g, h, sorted({}.items(), key=key), (lambda n: n * k)(3)

counter = 0
def bump():
    global counter
    counter += 1
    return counter

def nest():
    a = 1
    def mid():
        nonlocal a
        a += 1
        def inner():
            nonlocal a
            a *= 10
            return a
        return inner()
    return mid()
