# Cooperative multiple inheritance: super().__init__ with keyword arguments along a diamond MRO.


class Base:
    def __init__(self, **kwargs):
        self.trail = ["Base"]
        if kwargs:
            print("unused:", sorted(kwargs))
        super().__init__()


class Named(Base):
    def __init__(self, name="?", **kwargs):
        super().__init__(**kwargs)
        self.name = name
        self.trail.append("Named")


class Sized(Base):
    def __init__(self, size=0, **kwargs):
        super().__init__(**kwargs)
        self.size = size
        self.trail.append("Sized")


class Coloured(Base):
    def __init__(self, colour="none", **kwargs):
        super().__init__(**kwargs)
        self.colour = colour
        self.trail.append("Coloured")


class Thing(Named, Sized, Coloured):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.trail.append("Thing")

    def __str__(self):
        return "%s size=%s colour=%s" % (self.name, self.size, self.colour)


print([c.__name__ for c in Thing.__mro__])
t = Thing(name="box", size=3, colour="red")
print(t, t.trail)
u = Thing(size=7, extra=1)
print(u, u.trail)


class A:
    def who(self):
        return ["A"]


class B(A):
    def who(self):
        return ["B"] + super().who()


class C(A):
    def who(self):
        return ["C"] + super(C, self).who()


class D(B, C):
    def who(self):
        return ["D"] + super(D, self).who()


print(D().who(), super(B, D()).who(), super(C, D()).who())
print(D.__mro__.index(C), [k.__name__ for k in C.__mro__])


class Logged:
    def save(self):
        return "log;" + super().save()


class Stored:
    def save(self):
        return "store"


class Doc(Logged, Stored):
    pass


print(Doc().save())
try:
    Logged().save()
except AttributeError as e:
    print("AttributeError:", e)
