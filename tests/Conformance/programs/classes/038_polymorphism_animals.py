# Polymorphism: abstract-style base, overriding, calling the base implementation, class-level registries.
class Animal:
    sound = "..."
    legs = 4
    population = {}

    def __init__(self, name):
        self.name = name
        kind = type(self).__name__
        Animal.population[kind] = Animal.population.get(kind, 0) + 1

    def speak(self):
        return "%s the %s says %s" % (self.name, type(self).__name__.lower(), self.sound)

    def move(self):
        return "%s walks on %d legs" % (self.name, self.legs)

    def __lt__(self, other):
        return self.name < other.name

class Dog(Animal):
    sound = "woof"

    def fetch(self):
        return self.name + " fetches"

class Cat(Animal):
    sound = "meow"

    def speak(self):
        return super().speak() + " (ignoring you)"

class Bird(Animal):
    sound = "tweet"
    legs = 2

    def move(self):
        return "%s flies; also: %s" % (self.name, super().move())

class Penguin(Bird):
    def move(self):
        return "%s waddles on %d legs" % (self.name, self.legs)

zoo = [Dog("rex"), Cat("tom"), Bird("tweety"), Penguin("pingu"), Dog("ace")]
for a in zoo:
    print(a.speak())
    print("  " + a.move())
print([a.name for a in sorted(zoo)])
print(sorted(Animal.population.items()))
print([hasattr(a, "fetch") for a in zoo])
print([a.fetch() for a in zoo if isinstance(a, Dog)])
print(Penguin.legs, Penguin.sound, Penguin.__mro__[1].__name__)
by_legs = {}
for a in zoo:
    by_legs.setdefault(a.legs, []).append(a.name)
print(sorted(by_legs.items()))

def chorus(animals):
    return " / ".join([a.sound for a in animals])

print(chorus(zoo))
Dog.sound = "WOOF"
print(zoo[0].speak(), zoo[4].speak())
