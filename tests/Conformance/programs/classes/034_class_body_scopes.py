# Class bodies as scopes: names read from globals and enclosing functions (LOAD_CLASSDEREF), nested classes, __qualname__.
LIMIT = 3

def make_class(prefix, size):
    tag = prefix.upper()

    class Made:
        label = tag + "-" + str(size)
        limit = LIMIT * size
        doubled = [size * 2]

        def describe(self):
            return "%s %s %d" % (self.label, prefix, size)

    return Made

A = make_class("a", 2)
B = make_class("b", 5)
print(A.label, A.limit, A.doubled, A().describe())
print(B.label, B.limit, B().describe())
print(A.__qualname__, A.__name__, A is B)

x = "global"

def shadow():
    x = "enclosing"
    w = "from function"

    class Inner:
        y = x
        v = w
        x = "class-level"
        z = x

    return Inner

I = shadow()
print(I.x, I.y, I.z, I.v)

class Outer:
    greeting = "hi"

    class Nested:
        value = 1

        class Deep:
            def where(self):
                return "deep"

    def make(self):
        return Outer.Nested.Deep()

print(Outer.Nested.__qualname__, Outer.Nested.Deep.__qualname__, Outer.Nested.Deep.where.__qualname__)
print(Outer().make().where(), Outer.Nested.value, Outer.make.__qualname__)
print(repr(Outer.Nested) == "<class '__main__.Outer.Nested'>")

class Computed:
    squares = [i * i for i in range(5)]
    total = 0
    for v in squares:
        total += v
    del v
    names = {}
    names["first"] = squares[1]

print(Computed.squares, Computed.total, Computed.names, hasattr(Computed, "v"))

def counter_class():
    count = 0

    class C:
        def bump(self):
            nonlocal count
            count += 1
            return count

    return C

C1 = counter_class()
c = C1()
print(c.bump(), c.bump(), C1().bump())

class UsesBuiltins:
    n = len("hello")
    kinds = sorted([3, 1, 2])
    first = max(kinds)

print(UsesBuiltins.n, UsesBuiltins.kinds, UsesBuiltins.first)
try:
    class Broken:
        a = undefined_name
except NameError as e:
    print("NameError:", e)
