# Cooperative super() calls through diamond hierarchies, MRO order of the calls.
class Base:
    def __init__(self):
        print("Base.__init__")
        self.trail = ["Base"]

    def greet(self):
        return "Base"

class Left(Base):
    def __init__(self):
        print("Left.__init__ start")
        super().__init__()
        self.trail.append("Left")
        print("Left.__init__ end")

    def greet(self):
        return "Left>" + super().greet()

class Right(Base):
    def __init__(self):
        print("Right.__init__ start")
        super().__init__()
        self.trail.append("Right")
        print("Right.__init__ end")

    def greet(self):
        return "Right>" + super().greet()

class Bottom(Left, Right):
    def __init__(self):
        print("Bottom.__init__ start")
        super().__init__()
        self.trail.append("Bottom")

    def greet(self):
        return "Bottom>" + super().greet()

b = Bottom()
print(b.trail)
print(b.greet())
print([c.__name__ for c in Bottom.__mro__])
print([c.__name__ for c in Bottom.mro()])
print(super(Left, b).greet(), super(Bottom, b).greet(), super(Right, b).greet())

class A:
    def who(self):
        return ["A"]

class B(A):
    def who(self):
        return ["B"] + super().who()

class C(A):
    def who(self):
        return ["C"] + super().who()

class D(B, C):
    def who(self):
        return ["D"] + super().who()

class E(C, B):
    def who(self):
        return ["E"] + super().who()

class F(D):
    pass

print(D().who(), E().who(), F().who())
print([k.__name__ for k in E.__mro__], [k.__name__ for k in F.__mro__])

class Mixin:
    def describe(self):
        return "mixin(" + super().describe() + ")"

class Thing:
    def describe(self):
        return "thing"

class Combined(Mixin, Thing):
    pass

print(Combined().describe(), Combined.__bases__)
print(isinstance(Combined(), Mixin), isinstance(Combined(), Thing), issubclass(Combined, object))
