# Delegation with __getattr__, attribute interception with __setattr__/__delattr__, and __getattribute__.


class LoggingProxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "log", [])

    def __getattr__(self, name):
        self.log.append("get " + name)
        return getattr(self._target, name)

    def __setattr__(self, name, value):
        self.log.append("set " + name)
        setattr(self._target, name, value)

    def __delattr__(self, name):
        self.log.append("del " + name)
        delattr(self._target, name)


class Target:
    def __init__(self):
        self.value = 1

    def double(self):
        return self.value * 2


t = Target()
p = LoggingProxy(t)
print(p.value, p.double())
p.value = 21
print(t.value, p.double())
p.extra = "x"
print(t.extra)
del p.extra
print(hasattr(t, "extra"), hasattr(p, "extra"))
print(p.log)
try:
    p.missing
except AttributeError as e:
    print("AttributeError:", e)


class Defaults:
    known = "class attr"

    def __getattr__(self, name):
        if name.startswith("opt_"):
            return name[4:].upper()
        raise AttributeError("no option %r" % name)


d = Defaults()
print(d.known, d.opt_speed, getattr(d, "opt_x"), getattr(d, "other", "fallback"))
d.opt_speed = "set"
print(d.opt_speed)


class Counted:
    def __init__(self):
        self.reads = 0
        self.x = 10

    def __getattribute__(self, name):
        if name != "reads":
            object.__setattr__(self, "reads", object.__getattribute__(self, "reads") + 1)
        return object.__getattribute__(self, name)


c = Counted()
total = 0
for _ in range(10):
    total += c.x
print(total, c.reads)


class Frozen:
    def __init__(self, **kw):
        for k, v in kw.items():
            object.__setattr__(self, k, v)

    def __setattr__(self, name, value):
        raise AttributeError("cannot set %r: Frozen" % name)

    def __delattr__(self, name):
        raise AttributeError("cannot delete %r: Frozen" % name)


f = Frozen(a=1, b=2)
for action in [lambda: setattr(f, "a", 5), lambda: delattr(f, "b")]:
    try:
        action()
    except AttributeError as e:
        print("AttributeError:", e)
print(f.a, f.b)
