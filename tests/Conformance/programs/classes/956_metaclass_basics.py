# Metaclasses written in Python: __new__, __init__ and __call__ of a subclass of type, what a class made by one is
# (type(C), isinstance, __class__), the metaclass inherited by subclasses, and keywords of the class statement.


class Meta(type):
    def __new__(mcls, name, bases, ns, **kwargs):
        print("Meta.__new__", mcls.__name__, name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__")), kwargs)
        ns["made_by"] = mcls.__name__
        cls = super().__new__(mcls, name, bases, ns)
        cls.flags = dict(kwargs)
        return cls

    def __init__(cls, name, bases, ns, **kwargs):
        print("Meta.__init__", name, kwargs)
        super().__init__(name, bases, ns)

    def __call__(cls, *args, **kwargs):
        print("Meta.__call__", cls.__name__, args, kwargs)
        instance = super().__call__(*args, **kwargs)
        print("made", type(instance).__name__)
        return instance


class Base(metaclass=Meta, color="red"):
    def __init__(self, value):
        print("Base.__init__", value)
        self.value = value

    def show(self):
        return "%s(%r)" % (type(self).__name__, self.value)


class Child(Base, size=3):
    pass


b = Base(1)
c = Child(value=2)
print(b.show(), c.show())
print(type(Base) is Meta, type(Child) is Meta, type(b) is Base)
print(isinstance(Base, Meta), isinstance(Base, type), isinstance(b, Meta))
print(issubclass(Meta, type), Meta.__mro__ == (Meta, type, object))
print(Base.made_by, Child.made_by, Base.flags, Child.flags)
print(Base.__class__ is Meta, Meta.__class__ is type)
print(Meta.__name__, Meta.__qualname__, Meta.__module__, Meta.__bases__)
print(repr(Base), repr(Meta))


# A metaclass with no methods of its own behaves like type.
class Plain(type):
    pass


class P(metaclass=Plain):
    x = 1


print(type(P).__name__, P.x, P().x, isinstance(P, Plain))

# type(name, bases, ns) of a metaclass subclass, and calling the metaclass directly.
Q = Plain("Q", (P,), {"y": 2})
print(type(Q).__name__, Q.__name__, Q.x, Q.y, Q.__mro__[1] is P)
R = Meta("R", (), {"z": 3}, tag="t")
print(R.z, R.made_by, R.flags, type(R).__name__)

# The metaclass of the derived class is the most derived one of its bases' and the one asked for.
class SubMeta(Meta):
    def extra(cls):
        return "extra of " + cls.__name__


class S(Base, metaclass=SubMeta):
    pass


print(type(S).__name__, S.extra(), S(5).show())


class T(S):
    pass


print(type(T).__name__, T.extra())

try:
    class Conflict(P, Base):
        pass
except TypeError as e:
    print("TypeError:", e)

# type(x) with one argument is still type's, on a metaclass too.
print(type(Base).__name__, Meta.__call__ is not type.__call__, type.__call__(Plain, "U", (), {}).__name__)
