# __init_subclass__: plugin registries, keyword arguments in the class statement, super() chains.
class Plugin:
    registry = {}

    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        key = name or cls.__name__.lower()
        Plugin.registry[key] = cls
        print("registered", key, "->", cls.__name__)

class Json(Plugin, name="json"):
    def run(self):
        return "json!"

class Xml(Plugin):
    def run(self):
        return "xml!"

class PrettyJson(Json, name="pretty"):
    pass

print(sorted(Plugin.registry))
print([Plugin.registry[k]().run() for k in sorted(Plugin.registry)])

class Tracked:
    children = []

    def __init_subclass__(cls):
        Tracked.children.append(cls.__name__)
        cls.level = getattr(cls, "level", 0) + 1

class One(Tracked):
    pass

class Two(One):
    pass

class Three(Two):
    level = 10

print(Tracked.children, One.level, Two.level, Three.level)
try:
    class Bad(Tracked, flavor="x"):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class AlsoBad(object, color="red"):
        pass
except TypeError as e:
    print("TypeError:", e)

class Validating:
    required = ()

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        missing = [r for r in cls.required if not hasattr(cls, r)]
        if missing:
            raise TypeError("%s is missing %s" % (cls.__name__, ", ".join(missing)))

class Shape(Validating):
    required = ("area",)
    area = None

try:
    class Blob(Validating):
        required = ("area", "perimeter")
except TypeError as e:
    print("TypeError:", e)
try:
    Blob
except NameError as e:
    print("NameError:", e)
print(Shape.required)
