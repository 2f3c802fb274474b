# dir() of builtin types lists CPython 3.12's names, sorted.
for t in (object, int, float, str, list, dict, tuple, bool, set, bytes):
    names = dir(t)
    print(t.__name__, len(names), names == sorted(names))
    print(names)
print([n for n in dir(int) if not n.startswith("_")])
print("bit_count" in dir(5), dir(5) == dir(int), "__init_subclass__" in dir(object))
