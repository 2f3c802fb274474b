# isinstance/issubclass and a metaclass written in Python: its __subclasscheck__ is asked by ABCMeta's
# __instancecheck__, by an ABC's registry and by register()'s cycle test, not only by issubclass().
import abc

class LoudSub(abc.ABCMeta):
    def __subclasscheck__(cls, sub):
        print("subclasscheck", cls.__name__, sub.__name__)
        return sub.__name__.startswith("Duck") or super().__subclasscheck__(sub)

class Base(metaclass=LoudSub):
    pass

class DuckA: pass
class Other: pass

print(issubclass(DuckA, Base))
print(issubclass(Other, Base))
# ABCMeta.__instancecheck__ calls cls.__subclasscheck__ (the Python override)
print(isinstance(DuckA(), Base))
print(isinstance(Other(), Base))

# An ABC whose registry holds a class with a Python metaclass: the registry's check asks that metaclass.
class Registry(abc.ABC):
    pass
Registry.register(Base)
print(issubclass(DuckA, Registry))
print(issubclass(Other, Registry))

class Plain(type):
    def __subclasscheck__(cls, sub):
        print("plain subclasscheck", sub.__name__)
        return True
    def __instancecheck__(cls, inst):
        print("plain instancecheck", type(inst).__name__)
        return False
class P(metaclass=Plain): pass
print(issubclass(int, P), isinstance(3, P), isinstance(P(), P))
print(issubclass(int, (str, P)))
# CPython asks a Python metaclass's __subclasscheck__ whatever the first argument is.
try:
    issubclass(3, P)
except AttributeError as e:
    print("AttributeError", e.args[0])
try:
    issubclass(3, int)
except TypeError as e:
    print("TypeError", e)
