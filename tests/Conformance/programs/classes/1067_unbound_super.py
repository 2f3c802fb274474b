# One-argument super(C): unbound until __get__ binds it; stored in a class, it binds to the instance read through.


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


class A:
    x = 'Ax'

    def f(self):
        return 'A.f'

    @classmethod
    def c(cls):
        return 'A.c ' + cls.__name__


class B(A):
    def f(self):
        return 'B.f'


s = super(B)
print(s)
print(s.__thisclass__, s.__self__, s.__self_class__)
show('method', lambda: s.f)
show('attr', lambda: s.x)
print(s.__class__, type(s.__get__).__name__)
b = B()
bound = s.__get__(b)
print(bound.f(), bound.x, bound.__self__ is b, bound.__self_class__, bound)
print(s.__get__(b, B).f())
print(s.__get__(None, B) is s)
show('none none', lambda: s.__get__(None))
cs = s.__get__(B)
print(cs, cs.c(), cs.__self__ is B, cs.__self_class__)
show('not instance', lambda: s.__get__(1))
show('not type', lambda: super(1))
show('too many', lambda: super(B, b, 1))


class D(A):
    sup = super(A)

    def f(self):
        return 'D.f'


class E(D):
    pass


print(E().sup, D.sup, D.__dict__['sup'])


# The classic use: a private unbound super per class ("autosuper").
class Base:
    def hello(self):
        return ['Base']


class Left(Base):
    def hello(self):
        return ['Left'] + self._Left__super.hello()


Left._Left__super = super(Left)


class Right(Base):
    def hello(self):
        return ['Right'] + self._Right__super.hello()


Right._Right__super = super(Right)


class Both(Left, Right):
    def hello(self):
        return ['Both'] + self._Both__super.hello()


Both._Both__super = super(Both)
print(Both().hello(), Left().hello())

# A bound super is returned as it is by __get__.
bs = super(B, b)
print(bs.__get__(A()) is bs, bs.__get__(None, B) is bs)
print(super(B).__get__(b).__get__(E()))
print(s == s, s != super(B), hash(s) == hash(s))
print([n for n in ('__self__', '__self_class__', '__thisclass__', '__get__') if n in dir(s)])
