# A metaclass gives its classes behaviour: methods and properties reached through the class (not its instances),
# and the dunder methods that act on the class object itself (repr, iteration, len, indexing, membership,
# comparison, hashing, calling), as enum's and registries' metaclasses use them.


class Registry(type):
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        if not hasattr(cls, "members"):
            cls.members = []
        else:
            cls.members.append(cls)

    def __repr__(cls):
        return "<registered %s>" % cls.__name__

    def __iter__(cls):
        return iter(cls.members)

    def __len__(cls):
        return len(cls.members)

    def __getitem__(cls, index):
        return cls.members[index]

    def __contains__(cls, item):
        return item in [m.__name__ for m in cls.members]

    def __lt__(cls, other):
        return cls.__name__ < other.__name__

    @property
    def count(cls):
        return len(cls.members)

    def describe(cls):
        return "%s with %d members" % (cls.__name__, len(cls.members))

    @classmethod
    def metaname(mcls):
        return mcls.__name__

    @staticmethod
    def helper(x):
        return x * 2


class Plugin(metaclass=Registry):
    def run(self):
        return "running " + type(self).__name__


class Zeta(Plugin):
    pass


class Alpha(Plugin):
    pass


print(repr(Plugin), str(Zeta), [repr(m) for m in Plugin])
print(len(Plugin), Plugin[0], Plugin[-1], "Alpha" in Plugin, "Beta" in Plugin)
print(sorted(Plugin), Alpha < Zeta, Zeta < Alpha)
print(Plugin.count, Plugin.describe(), Zeta.describe())
print(Registry.metaname(), Plugin.metaname(), Plugin.helper(21))
print(Alpha().run(), list(map(lambda c: c().run(), Plugin)))
print("%s and %r" % (Alpha, Zeta), f"{Alpha!r}", "{}".format(Zeta))

# Instances do not see the metaclass's attributes.
for name in ("count", "describe", "metaname"):
    print(name, hasattr(Alpha, name), hasattr(Alpha(), name))
try:
    Alpha().describe()
except AttributeError as e:
    print("AttributeError:", e)

# A class attribute of the same name wins over a metaclass method, a metaclass property over a class attribute.
class Shadow(type):
    @property
    def kind(cls):
        return "meta property"

    def label(cls):
        return "meta method"


class Sh(metaclass=Shadow):
    kind = "class attribute"
    label = "class attribute"


print(Sh.kind, Sh.label, Sh().kind)

# Equality and hashing of classes through the metaclass.
class Named(type):
    def __eq__(cls, other):
        return isinstance(other, Named) and cls.__name__.lower() == other.__name__.lower()

    def __hash__(cls):
        return hash(cls.__name__.lower())


A1 = Named("Apple", (), {})
A2 = Named("APPLE", (), {})
print(A1 == A2, A1 != A2, len({A1, A2}), {A1: 1}[A2])

# A metaclass __call__ that caches instances: a singleton.
class Singleton(type):
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        cls._instance = None

    def __call__(cls, *args, **kwargs):
        if cls._instance is None:
            cls._instance = super().__call__(*args, **kwargs)
        return cls._instance


class Config(metaclass=Singleton):
    def __init__(self, name="default"):
        print("Config.__init__", name)
        self.name = name


first = Config("one")
second = Config("two")
print(first is second, second.name)

# __instancecheck__ and __subclasscheck__ written in Python.
class Duck(type):
    def __instancecheck__(cls, obj):
        return hasattr(obj, "quack")

    def __subclasscheck__(cls, sub):
        return hasattr(sub, "quack")


class Quacker(metaclass=Duck):
    pass


class Robot:
    def quack(self):
        return "beep"


print(isinstance(Robot(), Quacker), isinstance(3, Quacker), issubclass(Robot, Quacker), issubclass(int, Quacker))
