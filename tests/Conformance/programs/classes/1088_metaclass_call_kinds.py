# A metaclass's __call__ of any kind is what calling its classes does, looked up as slot_tp_call looks it up: a function
# (bound to the class), a staticmethod, a class (called without the class, as typing's TypedDict has it) and a callable
# instance; a metaclass without one constructs as type.__call__ does.
class Callable:
    def __call__(self, *args):
        return ("instance", args)


class ByFunction(type):
    def __call__(cls, *args):
        return ("function", cls.__name__, args)


class ByStatic(type):
    __call__ = staticmethod(lambda *args: ("static", args))


class ByClass(type):
    __call__ = dict


class ByInstance(type):
    __call__ = Callable()


class Plain(type):
    pass


class A(metaclass=ByFunction): pass
class B(metaclass=ByStatic): pass
class C(metaclass=ByClass): pass
class D(metaclass=ByInstance): pass
class E(metaclass=Plain):
    def __init__(self, x):
        self.x = x


print(A(1), B(2), C(k=3), D(4), E(5).x, type(E(5)).__name__)
