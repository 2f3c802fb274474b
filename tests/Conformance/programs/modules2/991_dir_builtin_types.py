# dir() of builtin classes: sorted, their public names, no __dict__ or __module__ (a class statement's), dir(5) as dir(int).
for t in (object, int, float, str, list, dict, tuple, bool, set, frozenset, bytes, bytearray, complex, range):
    names = dir(t)
    print(t.__name__, names == sorted(names), [n for n in names if not n.startswith("_")])
    print("  ", "__dict__" in names, "__module__" in names, "__class__" in names, "__doc__" in names, "__init__" in names)
print(dir(5) == dir(int), dir("") == dir(str), dir([]) == dir(list), dir({}) == dir(dict))

class C:
    pass

class D(int):
    pass

for cls in (C, D):
    names = dir(cls)
    print(cls.__name__, "__dict__" in names, "__module__" in names, names == sorted(names))
print("__module__" in dir(C()), "__dict__" in dir(C()), "__dict__" in dir(D(1)), "x" in dir(type("T", (), {"x": 1})))
