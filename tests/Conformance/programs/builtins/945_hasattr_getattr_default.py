# hasattr() and getattr() with a default: a missing attribute gives False / the default, an AttributeError raised
# by the code the lookup runs (a property, __getattr__, __getattribute__, a descriptor) too, and any other
# exception propagates. Each case also checks getattr without a default raises what CPython raises.


class Plain:
    cls_attr = "class"

    def __init__(self):
        self.x = 1

    def method(self):
        return "m"


class WithProperty:
    @property
    def missing(self):
        raise AttributeError("property says missing")

    @property
    def broken(self):
        raise ValueError("property is broken")

    @property
    def fine(self):
        return 42


class WithGetattr:
    def __getattr__(self, name):
        if name.startswith("dyn_"):
            return name[4:]
        if name == "boom":
            raise KeyError(name)
        raise AttributeError(f"no {name} here")


class WithGetattribute:
    def __init__(self):
        self.real = "real"

    def __getattribute__(self, name):
        if name == "hidden":
            raise AttributeError("hidden by __getattribute__")
        if name == "explode":
            raise RuntimeError("explode")
        return object.__getattribute__(self, name)


class WithBoth(WithGetattribute):
    def __getattr__(self, name):
        return "fallback:" + name


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 1


class Descriptor:
    def __get__(self, obj, owner):
        if obj is None:
            return self
        raise AttributeError("descriptor refuses")


class WithDescriptor:
    d = Descriptor()


class Base:
    inherited = "from base"


class Child(Base):
    pass


def fmt(value):
    # Without addresses: a callable by its name, a Descriptor by its class.
    if isinstance(value, Descriptor):
        return "<Descriptor>"
    if callable(value) and not isinstance(value, type):
        return "<callable " + value.__name__ + ">"
    return value


def show(label, obj, name):
    try:
        has = hasattr(obj, name)
    except Exception as e:
        has = f"{type(e).__name__}: {e}"
    try:
        got = fmt(getattr(obj, name, "<default>"))
    except Exception as e:
        got = f"{type(e).__name__}: {e}"
    try:
        plain = fmt(getattr(obj, name))
    except Exception as e:
        plain = f"{type(e).__name__}: {e}"
    print(f"{label:28} {name:10} hasattr={has!s:38} getattr(d)={got!s:38} getattr={plain}")


p = Plain()
for name in ("x", "cls_attr", "method", "nope", "__class__", "__dict__", "__doc__"):
    show("Plain()", p, name)
show("Plain (class)", Plain, "cls_attr")
show("Plain (class)", Plain, "x")
for name in ("missing", "broken", "fine", "other"):
    show("WithProperty()", WithProperty(), name)
for name in ("dyn_abc", "boom", "zzz"):
    show("WithGetattr()", WithGetattr(), name)
for name in ("real", "hidden", "explode", "absent"):
    show("WithGetattribute()", WithGetattribute(), name)
for name in ("real", "hidden", "absent"):
    show("WithBoth()", WithBoth(), name)
for name in ("a", "b", "c"):
    show("Slotted()", Slotted(), name)
show("WithDescriptor()", WithDescriptor(), "d")
show("WithDescriptor (class)", WithDescriptor, "d")
show("Child()", Child(), "inherited")
show("Child()", Child(), "absent")
for obj, name in ((1, "real"), (1, "imag"), (1, "nope"), ("s", "upper"), ("s", "nope"), ([], "append"),
                  ({}, "nope"), (None, "nope"), (3.5, "is_integer"), (len, "__name__"), (len, "nope")):
    show(type(obj).__name__, obj, name)

# A missing attribute many times over: the answer stays the same and nothing leaks.
count = 0
for i in range(10000):
    if not hasattr(p, "nope"):
        count += 1
    count += getattr(p, "nope", 1)
print("loop", count)

# The name must be a string.
for bad in (1, None):
    try:
        hasattr(p, bad)
    except TypeError as e:
        print("hasattr TypeError:", e)
    try:
        getattr(p, bad, 0)
    except TypeError as e:
        print("getattr TypeError:", e)
