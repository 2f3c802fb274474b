# getattr/setattr/hasattr/delattr with defaults and errors, vars(), dir() of a user class (filtered to its
# own names), callable(), id() stability, and attribute names built at run time.


class Config:
    debug = False
    level = 1

    def __init__(self):
        self.name = "app"

    def method(self):
        return "m"


c = Config()
for name in ["debug", "level", "name", "method", "missing"]:
    value = getattr(c, name, "<none>")
    print(name, hasattr(c, name), value if not callable(value) else value())
try:
    getattr(c, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(c, 5)
except TypeError as e:
    print("TypeError:", e)

for i in range(3):
    setattr(c, "opt%d" % i, i * i)
print(vars(c))
delattr(c, "opt1")
print(sorted(vars(c)), [n for n in dir(c) if not n.startswith("__")])
print([n for n in dir(Config) if not n.startswith("__")], "name" in dir(Config))
try:
    delattr(c, "opt1")
except AttributeError as e:
    print("AttributeError:", e)
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)

setattr(Config, "level", 9)
print(c.level, Config().level, vars(Config)["level"], "method" in vars(Config))
first = id(c)
c.extra = [1]
print(id(c) == first, id(c) != id(Config()), id(c.extra) == id(c.extra))


def copy_public(src, dst):
    for key, val in vars(src).items():
        if not key.startswith("_"):
            setattr(dst, key, val)
    return dst


class Blank:
    pass


b = copy_public(c, Blank())
b._private = 1
print(sorted(vars(b)), b.name, getattr(b, "opt2"))
print(callable(c.method), callable(Config), callable(c), callable(getattr), callable("x"))
