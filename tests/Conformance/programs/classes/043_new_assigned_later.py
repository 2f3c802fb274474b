# A __new__ assigned to a class after it is made is called like one written in its body (a plain function,
# called with the class first), by the class and its subclasses; one assigned to a subclass shadows it; an
# object __new__ returns that is not an instance skips __init__; deleting a subclass's __new__ finds the base's.
class Shape:
    def __init__(self, sides):
        self.sides = sides
        print("init", type(self).__name__, sides)

def counted_new(cls, *args):
    counted_new.calls += 1
    print("new", cls.__name__, args)
    return object.__new__(cls)
counted_new.calls = 0

s = Shape(3)
Shape.__new__ = counted_new
t = Shape(4)
print(type(t).__name__, t.sides, counted_new.calls)

class Square(Shape):
    pass

q = Square(4)
print(type(q).__name__, counted_new.calls)

def no_instance(cls, *args):
    print("no instance for", cls.__name__, args)
    return len(args)

Square.__new__ = no_instance
print(Square(1, 2))
del Square.__new__
print(type(Square(5)).__name__, counted_new.calls)

Shape.__new__ = staticmethod(counted_new)
print(Shape(6).sides, counted_new.calls)
print(Shape.__new__ is counted_new, Square.__new__ is counted_new)

# object.__new__ with arguments, from a __new__ assigned later, is CPython's error as from one in the body.
def passes_args(cls, *args):
    return object.__new__(cls, *args)
Shape.__new__ = passes_args
try:
    Shape(7)
except TypeError as e:
    print("TypeError:", e)
