# A module's namespace as a live dict: globals(), and at module level locals(), vars() and dir();
# module.__dict__ and vars(module). Writes through the dict bind variables and the module's own stores show in it.
import math

g = globals()
print(type(g).__name__, isinstance(g, dict), g is globals(), g is vars(), g is locals())

g["x"] = 1
print(x)
x = 2
print(g["x"], g.get("x"), "x" in g, "x" in dir())
del g["x"]
try:
    print(x)
except NameError as e:
    print("NameError:", e)
x = 3
del x
print("x" in g)

g.update(y=5, z=6)
print(y, z, y + z)
g.setdefault("w", 7)
print(w, g.pop("w"), "w" in dir())
print(g.get("missing", "none"))


def set_late():
    global late
    late = "from a function"


def read_via_globals():
    return globals() is g, globals()["y"]


print([k for k in g if not k.startswith("__")])
set_late()
print(g["late"], read_via_globals())
print([k for k in globals() if not k.startswith("__")])
print(sorted(k for k in dir() if not k.startswith("__")) == sorted(k for k in g if not k.startswith("__")))
print(dir() == sorted(dir()))
print(globals()["__name__"], __name__ in g.values())

for i in range(3):
    total = i * 10
print(g["i"], g["total"])
g["i"] += 5
print(i)

items = dict(g.items())
print(items["y"], len(items) == len(g))

# A module's __dict__: the same live dict as vars(module).
md = math.__dict__
print(type(md).__name__, md is vars(math), md is math.__dict__)
print(md["pi"] == math.pi, "sqrt" in md, md["sqrt"](16.0))
md["answer"] = 42
print(math.answer)
math.other = "set as an attribute"
print(md["other"])
del math.other
print("other" in md, hasattr(math, "other"))
del md["answer"]
print(hasattr(math, "answer"))

# vars() and dir() with an argument work anywhere; without one, vars() and dir() at module level see the module.
def inside():
    return vars(math) is md, "floor" in dir(math)


print(inside())
print(repr(globals), repr(locals), repr(vars), repr(dir))
try:
    globals(1)
except TypeError as e:
    print("TypeError:", e)
try:
    vars(1)
except TypeError as e:
    print("TypeError:", e)
try:
    vars(1, 2)
except TypeError as e:
    print("TypeError:", e)
