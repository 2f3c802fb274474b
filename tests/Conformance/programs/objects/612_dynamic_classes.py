# type() with one and three arguments, isinstance/issubclass with tuples, __name__/__qualname__/__module__,
# __bases__, __mro__, __class__, and attributes added to a class after it is made.


def make_class(name, bases, **methods):
    return type(name, bases, dict(methods))


Animal = make_class("Animal", (), speak=lambda self: "...", legs=4)
Dog = make_class("Dog", (Animal,), speak=lambda self: "woof")
Bird = make_class("Bird", (Animal,), legs=2)
Parrot = make_class("Parrot", (Bird,), speak=lambda self: "hello " * 2)

for cls in [Animal, Dog, Bird, Parrot]:
    obj = cls()
    print(cls.__name__, obj.speak().strip(), obj.legs, [b.__name__ for b in cls.__bases__],
          [m.__name__ for m in cls.__mro__])
print(type(Parrot()) is Parrot, type(Parrot()).__name__, Parrot().__class__.__name__, type(Parrot).__name__)
print(isinstance(Parrot(), (Dog, Bird)), isinstance(Dog(), (Bird, int)), issubclass(Parrot, (Dog, Animal)),
      issubclass(Bird, Bird), issubclass(bool, (str, int)))
try:
    isinstance(Dog(), "Dog")
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(Dog(), Animal)
except TypeError as e:
    print("TypeError:", e)

Animal.describe = lambda self: "%s with %d legs" % (type(self).__name__, self.legs)
print(Dog().describe(), Parrot().describe())
Bird.legs = 3
print(Parrot().describe())


class Outer:
    class Inner:
        def method(self):
            pass

    def make(self):
        class Local:
            pass
        return Local


print(Outer.Inner.__qualname__, Outer.Inner.method.__qualname__, Outer().make().__qualname__)
print(Outer.__name__, Outer.Inner.__name__, Outer.__module__, Outer.make.__name__)
print(type(3).__name__, type("s").__name__, type(None).__name__, type(type).__name__, type(len).__name__)
print([t.__name__ for t in (int, bool, float, str, list, tuple, dict, set, frozenset, bytes, type, object)])
print(bool.__mro__, int.__bases__, object.__bases__)
