# __getattr__, __setattr__, __delattr__, __getattribute__: proxies, validation and defaults.
class Defaults:
    def __init__(self):
        self.real = 1

    def __getattr__(self, name):
        if name.startswith("x_"):
            return name[2:].upper()
        raise AttributeError("no attribute %r here" % name)

d = Defaults()
print(d.real, d.x_abc, getattr(d, "x_q"), hasattr(d, "x_"), hasattr(d, "nope"))
try:
    d.nope
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(d, "nope", "fallback"))

class Validated:
    def __setattr__(self, name, value):
        print("  set", name, value)
        if name == "age" and value < 0:
            raise ValueError("age must be >= 0")
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        print("  del", name)
        if name == "locked":
            raise AttributeError("cannot delete locked")
        super().__delattr__(name)

v = Validated()
v.age = 5
v.name = "n"
print(v.age, v.name)
try:
    v.age = -1
except ValueError as e:
    print("ValueError:", e)
print(v.age)
setattr(v, "locked", True)
try:
    del v.locked
except AttributeError as e:
    print("AttributeError:", e)
del v.name
print(hasattr(v, "name"), v.locked)

class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "log", [])

    def __getattr__(self, name):
        self.log.append(name)
        return getattr(self._target, name)

    def __setattr__(self, name, value):
        self.log.append("set " + name)
        setattr(self._target, name, value)

class Target:
    def __init__(self):
        self.value = 10

    def double(self):
        return self.value * 2

t = Target()
p = Proxy(t)
print(p.value, p.double())
p.value = 21
print(t.value, p.double(), p.log)

class Counting:
    def __init__(self):
        self.hits = 0
        self.data = 5

    def __getattribute__(self, name):
        if name != "hits":
            object.__setattr__(self, "hits", object.__getattribute__(self, "hits") + 1)
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return "missing:" + name

c = Counting()
print(c.data, c.data, c.other, c.hits)
