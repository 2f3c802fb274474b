class Base:
    __slots__ = ("a", "b")
    kinds = []

    def __init__(self, a, b=2):
        self.a = a
        self.b = b

    def total(self):
        return self.a + self.b

    def make(cls, a):
        return cls(a)
    make = classmethod(make)

    def check(v):
        return v > 0
    check = staticmethod(check)

    def _get(self):
        return self.a
    value = property(_get)

class Child(Base, kind="child"):
    def __init__(self, a):
        super().__init__(a, 10)
        super(Child, self).total()

    def total(self):
        return super().total() * 2

    def closure(self):
        def inner():
            return super(Child, self).total() + self.a
        return inner

    def zero_arg_in_closure(self):
        return lambda: __class__

    def __add__(self, other):
        return Child(self.a + other.a)

    def __repr__(self):
        return "Child(%r)" % self.a

class Body:
    counter = 0
    for i in range(3):
        counter += i
    del i
    squares = [j * j for j in range(4)]
    try:
        missing = undefined
    except NameError:
        missing = None

    class Nested:
        x = 1

def in_function(k):
    class Local(Base):
        key = k
        def get(self):
            return k + self.a
    Local.extra = 5
    return Local

def attributes(o):
    o.x += 1
    del o.y
    o.z.w = o.x
    return o.method(1, 2).attr
