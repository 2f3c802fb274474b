# obj.__class__ = C and obj.__dict__ = d: the class changes with the attributes kept (method calls, caches,
# isinstance, __del__ of the new class), CPython's layout checks and errors; a dict (or the AttrDict idiom's
# self) becomes the instance's namespace itself, and del __dict__ starts an empty one.
import sys

def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", r)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


class Animal:
    sound = "..."
    def speak(self):
        return "%s says %s" % (self.name, self.sound)

class Dog(Animal):
    sound = "woof"

class Cat(Animal):
    sound = "meow"
    def speak(self):
        return "the cat " + super().speak()

pet = Dog()
pet.name = "rex"
pet.age = 3
print(pet.speak(), type(pet).__name__, isinstance(pet, Cat))
pet.__class__ = Cat
print(pet.speak(), type(pet).__name__, isinstance(pet, Cat), isinstance(pet, Dog))
print(pet.name, pet.age, vars(pet), pet.__class__ is Cat)
for _ in range(3):
    pet.__class__ = Dog if pet.__class__ is Cat else Cat
    print(pet.speak())

# a state machine that switches class
class Closed:
    def open(self):
        self.__class__ = Open
        return "opened"
    def close(self):
        return "already closed"
class Open:
    def open(self):
        return "already open"
    def close(self):
        self.__class__ = Closed
        return "closed"
door = Closed()
print([door.open(), door.open(), door.close(), door.close(), door.open()], type(door).__name__)

# caches see the change: the same call site, both classes
def speak_all(objs):
    return [o.speak() for o in objs]
a, b = Dog(), Dog()
a.name = b.name = "x"
print(speak_all([a, b]))
b.__class__ = Cat
print(speak_all([a, b]))
b.name = "y"
print(b.name, b.__dict__)

# __dict__ read after the change, then the change after __dict__ was read
c = Dog(); c.name = "c"; d = c.__dict__
c.__class__ = Cat
print(c.speak(), d is c.__dict__, d)

# slots: the same slots are compatible, others not
class S1:
    __slots__ = ("a", "b")
class S2:
    __slots__ = ("a", "b")
class S3:
    __slots__ = ("a",)
s = S1(); s.a = 1; s.b = 2
s.__class__ = S2
print(type(s).__name__, s.a, s.b)
attempt("slots differ", lambda: setattr(s, "__class__", S3))
attempt("slots vs dict", lambda: setattr(s, "__class__", Dog))
attempt("dict vs slots", lambda: setattr(Dog(), "__class__", S1))
attempt("not a class", lambda: setattr(Dog(), "__class__", 5))
attempt("to object", lambda: setattr(Dog(), "__class__", object))
attempt("to int", lambda: setattr(Dog(), "__class__", int))
attempt("int to bool", lambda: setattr(1, "__class__", bool))
attempt("object()", lambda: setattr(object(), "__class__", Dog))
class E1(Exception): pass
class E2(Exception): pass
e = E1("boom")
attempt("exc", lambda: setattr(e, "__class__", E2))
attempt("del", lambda: delattr(Dog(), "__class__"))
class WithDel:
    def __del__(self):
        print("del of", type(self).__name__)
class Other:
    pass
w = WithDel()
w.__class__ = Other
del w
print("after del")
o = Other()
o.__class__ = WithDel
del o
print("after del 2")

# __dict__ assignment
class AttrDict(dict):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.__dict__ = self
ad = AttrDict(a=1, b=2)
print(ad.a, ad.b, ad)
ad.c = 3
ad["d"] = 4
print(ad, ad.d, sorted(vars(ad)))
del ad.a
print(ad)

class P:
    cls_attr = "k"
    def __init__(self):
        self.x = 1
p = P()
ns = {"y": 2, "x": 10}
p.__dict__ = ns
print(p.x, p.y, vars(p) is ns, p.cls_attr)
ns["z"] = 3
print(p.z)
p.w = 4
print(ns)
attempt("p.q", lambda: p.q)
attempt("dict to int", lambda: setattr(p, "__dict__", 5))
attempt("dict to list", lambda: setattr(p, "__dict__", []))
class MyDict(dict): pass
md = MyDict(m=1)
p.__dict__ = md
print(p.m, type(p.__dict__).__name__)
attempt("del __dict__", lambda: delattr(p, "__dict__"))
attempt("slots __dict__", lambda: setattr(s, "__dict__", {}))
attempt("object __dict__", lambda: setattr(object(), "__dict__", {}))
# references: the old dict is released, the new one held
import sys
q = P()
nd = {"a": 1}
before = sys.getrefcount(nd)
q.__dict__ = nd
print(sys.getrefcount(nd) - before)
q.__dict__ = {}
print(sys.getrefcount(nd) - before)
