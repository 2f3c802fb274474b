# Starred items in list, tuple and set displays, and ** in dict displays.
a = [1, 2, 3]
b = (4, 5)
s = {6}
print([*a, *b], [0, *a, 9, *b], [*range(3), *"xy"])
print((*a,), (*b, *a), (*a, 10))
print(sorted({*a, *b, *s}), sorted({*a, 1, 2}), {*()} == set())
d1 = {"x": 1, "y": 2}
d2 = {"y": 20, "z": 30}
print({**d1, **d2}, {**d2, **d1}, {"w": 0, **d1, "x": 100})
print({**d1, "y": None, **{"q": 1}})
print([*map(str, a)], [*filter(None, [0, 1, "", "a"])], [*{"k": 1, "j": 2}])
print([*[], *[]], (*[],), {**{}})

def merge(*dicts):
    out = {}
    for d in dicts:
        out = {**out, **d}
    return out

print(merge({"a": 1}, {"b": 2}, {"a": 3}))

def spread(*parts):
    return [*parts[0], *parts[-1]]

print(spread([1, 2], [3], [4, 5]))
nested = [[1, 2], [3], [4, 5, 6]]
print([*nested[0], *nested[2]], [x for part in nested for x in [*part, "|"]])
try:
    print([*5])
except TypeError as e:
    print("TypeError:", e)
try:
    print({**[1, 2]})
except TypeError as e:
    print("TypeError:", e)
first, *rest = [*"hello", *"!"]
print(first, rest)
print(len([*range(1000), *range(1000)]), sum({*range(10), *range(5, 15)}))
