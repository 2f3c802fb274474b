# WeakMethod, KeyedRef and subclasses of weakref.ref; weakref.finalize (called at release, by hand, detached, at exit).
import weakref


class Counter:
    def __init__(self):
        self.n = 0

    def bump(self):
        self.n += 1
        return self.n


c = Counter()
wm = weakref.WeakMethod(c.bump, lambda w: print("method died; alive:", w() is None))
print(isinstance(wm, weakref.ref), type(wm).__name__, wm()(), wm()())
print(wm == weakref.WeakMethod(c.bump), hash(wm) == hash(weakref.WeakMethod(c.bump)), wm() == c.bump)
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print("TypeError:", e)
del c
print(wm())


# A subclass of weakref.ref with its own attributes.
class Tagged(weakref.ref):
    __slots__ = ("tag",)

    def __init__(self, ob, callback=None, tag=None):
        super().__init__(ob, callback)
        self.tag = tag

    def __new__(cls, ob, callback=None, tag=None):
        return super().__new__(cls, ob, callback)


class Plain(weakref.ref):
    pass


class Thing:
    pass


t = Thing()
tr = Tagged(t, lambda r: print("tagged callback:", r.tag), tag="T1")
pr = Plain(t)
print(tr() is t, tr.tag, isinstance(tr, weakref.ref), type(tr).__name__, pr() is t, pr is not weakref.ref(t))
print(weakref.getweakrefcount(t), tr == pr, hash(tr) == hash(t))
kr = weakref.KeyedRef(t, None, "key1")
print(kr.key, kr() is t, weakref.KeyedRef.__mro__[1] is weakref.ref)
del t
print(tr(), pr(), kr())


# finalize.
class Resource:
    def __init__(self, name):
        self.name = name


def cleanup(*args, **kwargs):
    print("cleanup", args, sorted(kwargs.items()))
    return "result"


r1 = Resource("r1")
f1 = weakref.finalize(r1, cleanup, "r1", flag=True)
print(f1.alive, f1.atexit, f1.peek()[1] is cleanup, f1.peek()[2], f1.peek()[3])
print(repr(f1).startswith("<finalize object at 0x"), "; for 'Resource' at 0x" in repr(f1))
del r1
print("after del r1:", f1.alive, f1.peek(), f1(), repr(f1).endswith("; dead>"))

r2 = Resource("r2")
f2 = weakref.finalize(r2, cleanup, "r2")
print("called by hand:", f2(), f2.alive, f2())
del r2

r3 = Resource("r3")
f3 = weakref.finalize(r3, cleanup, "r3")
obj, func, args, kwargs = f3.detach()
print("detached:", obj is r3, func is cleanup, args, kwargs, f3.alive, f3.detach())
del r3, obj

keep = [Resource("k1"), Resource("k2"), Resource("k3")]
fk = [weakref.finalize(k, cleanup, k.name) for k in keep]
fk[1].atexit = False
print([f.atexit for f in fk])
print("end of program; the finalizers of k3 and k1 run at exit, newest first")
