x = 1

def read_global():
    return x

def write_global():
    global x
    x = 2
    del x

def local_shadow():
    x = 3
    del x
    return len

def multi_target(a):
    a = b = c = a
    return a, b, c

class C:
    y = x
    def m(self):
        return y

def deletes(a, b):
    del a, b

del x
