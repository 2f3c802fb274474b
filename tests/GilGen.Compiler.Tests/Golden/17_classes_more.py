import threading

class Meta(type):
    pass

class WithKw(object, metaclass=Meta):
    table = {k: v for k, v in [(1, 2)]}
    names = [n for n in range(3)]

class Counter:
    total = 0

    def __init__(self, start=0, *, step=1):
        self.value = start
        self.step = step

    def __call__(self):
        self.value += self.step
        return self.value

    def uses_class(self):
        return __class__

def outer():
    x = 1
    class Inner:
        y = x
        def get(self):
            return x
    return Inner

class Stored:
    global GLOBAL_NAME
    GLOBAL_NAME = 1
