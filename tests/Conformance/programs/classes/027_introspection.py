# getattr/setattr/hasattr/delattr, vars, dir (public names), __dict__, __class__, __name__.
class Robot:
    model = "R2"

    def __init__(self, name):
        self.name = name
        self.battery = 100

    def beep(self):
        return "beep from " + self.name

    def _secret(self):
        return "hidden"

r = Robot("unit")
print(vars(r))
print([n for n in dir(r) if not n.startswith("_")])
print([n for n in dir(Robot) if not n.startswith("__")])
print(getattr(r, "name"), getattr(r, "model"), getattr(r, "beep")())
for attr in ["name", "model", "beep", "speed", "__class__"]:
    print(attr, hasattr(r, attr))
setattr(r, "speed", 12)
print(r.speed, vars(r))
delattr(r, "battery")
print(vars(r), hasattr(r, "battery"))
r.__dict__["direct"] = True
print(r.direct, sorted(r.__dict__))
d = vars(r)
d["via_vars"] = 1
print(r.via_vars)
del r.__dict__["speed"]
print(hasattr(r, "speed"))
print(r.__class__.__name__, r.__class__.model, type(r).__qualname__)
print("beep" in Robot.__dict__, "name" in Robot.__dict__, Robot.__dict__["model"])
for name in ["beep", "_secret"]:
    method = getattr(r, name)
    print(name, method())
try:
    getattr(r, "nothing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr(r, "nothing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(r, 5)
except TypeError as e:
    print("TypeError:", e)
fields = {"a": 1, "b": [2], "c": "three"}
obj = Robot("x")
for k in fields:
    setattr(obj, k, fields[k])
print([(k, getattr(obj, k)) for k in sorted(vars(obj))])
print(id(r) == id(r), id(r) != id(obj), hash(r) == hash(r))

class Empty:
    pass

e = Empty()
print(vars(e), e.__dict__, [n for n in dir(e) if not n.startswith("_")])
try:
    vars(5)
except TypeError as err:
    print("TypeError:", err)
