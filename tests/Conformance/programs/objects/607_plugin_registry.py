# Registries built by class decorators and __init_subclass__, with keyword arguments in the class statement.

REGISTRY = {}


def register(name):
    def decorator(cls):
        REGISTRY[name] = cls
        cls.registered_as = name
        return cls
    return decorator


@register("csv")
class CsvFormat:
    def render(self, rows):
        return "\n".join(",".join(str(c) for c in row) for row in rows)


@register("table")
class TableFormat:
    def render(self, rows):
        widths = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
        return "\n".join(" | ".join(str(c).rjust(w) for c, w in zip(row, widths)) for row in rows)


rows = [("name", "qty"), ("apple", 3), ("kiwi", 12)]
for key in sorted(REGISTRY):
    cls = REGISTRY[key]
    print("==", key, cls.__name__, cls.registered_as)
    print(cls().render(rows))


class Plugin:
    plugins = []

    def __init_subclass__(cls, priority=0, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.priority = priority
        Plugin.plugins.append(cls)


class Audit(Plugin, priority=5):
    pass


class Cache(Plugin, priority=9):
    pass


class Trace(Plugin):
    pass


class DeepTrace(Trace, priority=1):
    pass


print([(p.__name__, p.priority) for p in sorted(Plugin.plugins, key=lambda p: -p.priority)])
print(DeepTrace.__mro__[1].__name__, issubclass(DeepTrace, Plugin), Trace.priority)
try:
    class Bad(Plugin, colour="red"):
        pass
except TypeError as e:
    print("TypeError:", e)


def add_repr(cls):
    def __repr__(self):
        fields = ", ".join("%s=%r" % (k, v) for k, v in sorted(vars(self).items()))
        return "%s(%s)" % (cls.__name__, fields)
    cls.__repr__ = __repr__
    return cls


def counted(cls):
    original = cls.__init__

    def __init__(self, *args, **kwargs):
        cls.instances = getattr(cls, "instances", 0) + 1
        original(self, *args, **kwargs)
    cls.__init__ = __init__
    return cls


@add_repr
@counted
class Point:
    def __init__(self, x, y=0):
        self.x = x
        self.y = y


print(Point(1, 2), Point(3), Point(y=5, x=4), Point.instances)
