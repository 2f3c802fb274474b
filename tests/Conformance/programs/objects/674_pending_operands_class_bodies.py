# A class body is a frame of its own (GilGen runs it as a split frame, whatever its size): when a statement in it
# raises, the operands waiting on its evaluation stack are released before the exception reaches the code that
# defined the class, in CPython 3.12's order, and the half-built class is never bound.


class A:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  del", self.name)

    def m(self, *args):
        return self.name


def fail(what):
    raise KeyError(what)


def take(*args):
    return len(args)


def pair(a, b):
    return 2


def decorate(tag):
    def wrap(fn):
        return fn
    return wrap


def define(label, make):
    print(label)
    try:
        cls = make()
        print("  defined", cls.__name__)
    except KeyError as e:
        print("  caught", e)


def method_receiver():
    class C:
        x = 1
        y = A("receiver").m(A("argument"), fail("method"))
    return C


def after_some_attributes():
    class C:
        size = 3
        names = ["n%d" % i for i in range(size)]
        table = {n: len(n) for n in names}

        def method(self):
            return self.size

        z = take(A("first"), A("second"), take(A("inner"), fail("nested")))
    return C


def loop_in_class_body():
    class C:
        total = 0
        for i in range(3):
            total += take(A("loop item %d" % i), i)
        for j in iter([1, 2]):
            take(A("pending in loop"), fail("loop"))
    return C


def decorator_argument():
    class C:
        @decorate(A("decorator argument"))
        def f(self):
            return 1

        @decorate(take(A("decorator pending"), fail("decorator")))
        def g(self):
            return 2
    return C


def nested_class():
    class Outer:
        a = 1

        class Inner:
            b = take(A("inner class pending"), [A("list item"), fail("inner class")])
    return Outer


def base_expression():
    class C(take(A("base pending"), fail("bases")) and object):
        pass
    return C


def succeeds():
    class C:
        value = pair(A("temporary 1"), A("temporary 2"))
    return C


for label, make in [("method receiver", method_receiver), ("after some attributes", after_some_attributes),
                    ("loop in a class body", loop_in_class_body), ("decorator argument", decorator_argument),
                    ("nested class", nested_class), ("base expression", base_expression), ("succeeds", succeeds)]:
    define(label, make)
print("end")
