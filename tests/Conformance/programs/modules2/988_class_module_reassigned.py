# A class's __module__ assigned after the class statement shows in repr of the class and its instances.
class C:
    pass

c = C()
print(repr(C), C.__module__)
C.__module__ = "somewhere.else"
print(repr(C), C.__module__, C.__qualname__)
print(repr(c).split(" object at ")[0])
print(str(C), f"{C}")

class D(C):
    pass

print(repr(D), D.__module__)
D.__module__ = "builtins"
print(repr(D))
print(repr(D()).split(" object at ")[0])

class E:
    __module__ = "declared.inside"

print(repr(E), E.__module__)

class F(Exception):
    pass

F.__module__ = "errs"
print(repr(F), repr(F("boom")), str(F("boom")))

class Outer:
    class Inner:
        pass

Outer.Inner.__module__ = "mod"
print(repr(Outer.Inner), repr(Outer.Inner()).split(" object at ")[0])

C.__module__ = 5
print(repr(C), repr(c).split(" object at ")[0], C.__module__)
try:
    del C.__module__
except TypeError as e:
    print("TypeError:", e)
try:
    int.__module__ = "x"
except TypeError as e:
    print("TypeError:", e)
