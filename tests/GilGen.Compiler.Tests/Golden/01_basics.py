import dis

n = 0

def foo():
    global n
    n += 1

def test():
    print('hello')

def add(a, b):
    return a + b

def arith(x, y):
    z = x * y - x // y + x % y
    z **= 2
    z <<= 1
    return -z, +z, ~z, not z, x / y, x @ y if False else x | y ^ x & y

def nothing():
    pass

def docstring():
    "This is the docstring."
    return 1

a, b = 1, 2
print(a + b)
