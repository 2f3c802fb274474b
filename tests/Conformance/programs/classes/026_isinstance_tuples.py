# isinstance and issubclass with classes, tuples of classes, nested tuples, builtins and errors.
class Animal: pass
class Mammal(Animal): pass
class Bird(Animal): pass
class Dog(Mammal): pass
class Bat(Mammal, Bird): pass

things = [Dog(), Bat(), Bird(), Animal(), 3, "s", [1], None, True]
for t in things:
    print(type(t).__name__, isinstance(t, Animal), isinstance(t, (Mammal, int)), isinstance(t, (Bird, (str, list))))
print(issubclass(Bat, Bird), issubclass(Bat, (Dog, Bird)), issubclass(Dog, (Bird,)), issubclass(Dog, ()))
print(issubclass(bool, int), issubclass(int, bool), issubclass(Dog, object), issubclass(object, Dog))
print(isinstance(True, int), isinstance(1, bool), isinstance(Dog, type), isinstance(int, type), isinstance(type, type))
print(isinstance(ValueError("x"), Exception), issubclass(KeyError, LookupError), issubclass(KeyError, (ValueError, IndexError)))
try:
    isinstance(Dog(), "Dog")
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(Dog(), Dog)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(Dog, 3)
except TypeError as e:
    print("TypeError:", e)

def classify(x):
    if isinstance(x, bool):
        return "bool"
    if isinstance(x, (int, float)):
        return "number"
    if isinstance(x, Animal):
        return "animal:" + type(x).__name__
    return "other"

print([classify(x) for x in [1, 2.5, False, Dog(), "s", Bat()]])
print(type(Dog()) == Dog, type(Dog()) == Mammal, Dog.__class__, Dog().__class__ is Dog)
kinds = (Mammal, Bird)
print(sum([1 for t in things if isinstance(t, kinds)]))
