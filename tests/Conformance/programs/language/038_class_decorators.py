# Class decorators: registries, added methods, and decorated methods.
PLUGINS = {}

def plugin(name):
    def deco(cls):
        PLUGINS[name] = cls
        cls.plugin_name = name
        return cls
    return deco

def with_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in sorted(vars(self).items()))
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls

def logged(method):
    def wrapper(self, *args):
        result = method(self, *args)
        print(f"  {type(self).__name__}.{method.__name__}{args} -> {result!r}")
        return result
    return wrapper

@plugin("upper")
@with_repr
class Upper:
    def __init__(self, suffix=""):
        self.suffix = suffix

    @logged
    def run(self, text):
        return text.upper() + self.suffix

@plugin("reverse")
@with_repr
class Reverse:
    def __init__(self):
        self.count = 0

    @logged
    def run(self, text):
        self.count += 1
        return text[::-1]

for name in sorted(PLUGINS):
    cls = PLUGINS[name]
    obj = cls()
    obj.run("hello")
    print(name, cls.plugin_name, obj)
print(Upper("!").run("x"), Upper("?"))
