# Class attributes as shared state: counters bumped through the class, through instances, via classmethods.


class Widget:
    created = 0
    registry = []

    def __init__(self, name):
        Widget.created += 1
        self.id = Widget.created
        self.name = name
        self.registry.append(name)

    @classmethod
    def how_many(cls):
        return cls.created

    def shadow(self):
        # Assigning through the instance creates an instance attribute; the class's stays.
        self.created = -1
        return self.created, Widget.created


class Gadget(Widget):
    created = 100


for n in ["a", "b", "c"]:
    w = Widget(n)
    print(w.id, w.name, Widget.how_many())
g = Gadget("g")
print(g.id, Gadget.created, Widget.created, Gadget.how_many(), Widget.how_many())
print(Widget.registry is Gadget.registry, Widget.registry)
print(w.shadow(), w.created, Widget("d").created)
print(vars(w))


class Counter:
    total = 0

    def bump(self, by=1):
        type(self).total += by
        return type(self).total


class Sub(Counter):
    pass


c, s = Counter(), Sub()
for i in range(5):
    c.bump(i)
    s.bump()
print(Counter.total, Sub.total, c.total, s.total)
Counter.total = 0
print(Counter.total, Sub.total)
del Sub.total
print(Sub.total, s.bump(7), Counter.total)
