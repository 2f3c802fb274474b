# Shapes: inheritance, overriding, super().__init__, polymorphic calls.
class Shape:
    sides = 0

    def __init__(self, name):
        self.name = name

    def area(self):
        raise NotImplementedError("area of " + self.name)

    def describe(self):
        return "%s with %d sides and area %s" % (self.name, self.sides, self.area())

class Rectangle(Shape):
    sides = 4

    def __init__(self, w, h):
        super().__init__("rectangle")
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)

class Square(Rectangle):
    def __init__(self, side):
        super().__init__(side, side)
        self.name = "square"

class Triangle(Shape):
    sides = 3

    def __init__(self, base, height):
        Shape.__init__(self, "triangle")
        self.base = base
        self.height = height

    def area(self):
        return self.base * self.height / 2

class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return round(3.14159 * self.r * self.r, 3)

    def describe(self):
        return "round " + super().describe()

shapes = [Rectangle(3, 4), Square(5), Triangle(6, 2), Circle(2)]
for s in shapes:
    print(s.describe())
print([type(s).__name__ for s in shapes])
print([isinstance(s, Rectangle) for s in shapes])
print(Square(2).perimeter(), Rectangle(1, 7).perimeter())
print(sorted([s.area() for s in shapes]))
print(Square.__bases__, Square.__mro__)
print(Square.sides, Circle.sides, Triangle.sides)
try:
    Shape("blob").describe()
except NotImplementedError as e:
    print("error:", e)
biggest = shapes[0]
for s in shapes:
    if s.area() > biggest.area():
        biggest = s
print("biggest:", biggest.name, biggest.area())
print(issubclass(Square, Shape), issubclass(Circle, Rectangle), issubclass(Square, (Circle, Triangle, Rectangle)))
