# reversed() and __reversed__ of the builtin containers: list (lazy over the live list), range, dict and its views
# (lazy, with the size check), tuple and str (the sequence protocol), with CPython's iterator classes.
import collections

d = {1: 2, 3: 4, 5: 6}
for name, make in [("dict", lambda: reversed(d)), ("keys", lambda: reversed(d.keys())),
                   ("values", lambda: reversed(d.values())), ("items", lambda: reversed(d.items())),
                   ("list", lambda: reversed([1, 2, 3])), ("range", lambda: reversed(range(1, 10, 3))),
                   ("empty range", lambda: reversed(range(5, 1))), ("negative step", lambda: reversed(range(10, 0, -4))),
                   ("tuple", lambda: reversed((1, 2))), ("str", lambda: reversed("abc")),
                   ("list method", lambda: [1, 2].__reversed__()), ("range method", lambda: range(3).__reversed__()),
                   ("dict method", lambda: d.__reversed__()), ("items method", lambda: d.items().__reversed__()),
                   ("deque", lambda: reversed(collections.deque([1, 2])))]:
    it = make()
    print(name, type(it).__name__, list(it), list(it))
print(hasattr(list, "__reversed__"), hasattr(tuple, "__reversed__"), hasattr(str, "__reversed__"),
      hasattr(dict, "__reversed__"), hasattr(range, "__reversed__"), hasattr({}.keys(), "__reversed__"))

# A list's reverse iterator reads the list as it is now.
items = [1, 2, 3, 4]
it = reversed(items)
print(next(it))
items[1] = 20
print(next(it), next(it))
items.append(5)
print(next(it), list(it))
items = [1, 2, 3, 4]
it = reversed(items)
print(next(it))
del items[1:]
print(list(it))
items.extend([7, 8, 9])
print(list(it))

# A dict that changes size while it is walked backwards.
d = {"a": 1, "b": 2}
it = reversed(d)
print(next(it))
d["c"] = 3
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError:", e)
print(list(reversed({})), list(reversed({}.items())))


class Seq(list):
    pass


print(type(reversed(Seq([1, 2]))).__name__, list(reversed(Seq([1, 2]))))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
try:
    list.__reversed__((1, 2))
except TypeError as e:
    print("TypeError:", e)

# The forward iterators of a dict and its views, for comparison.
d = {1: 2}
for it in (iter(d), iter(d.keys()), iter(d.values()), iter(d.items())):
    print(type(it).__name__, list(it))
