# Methods of builtin types called through their descriptors: found by LOAD_METHOD on an instance of the very
# type (the common call), called on the type with the instance first, on a subclass instance, on an instance
# of another type, without any self, with keywords, and from inside a recursion.
import sys


class MyStr(str):
    pass


class MyList(list):
    def append(self, item):
        super().append(("wrapped", item))


s = "hello world"
print(s.startswith("he"), s.split(), s.upper().lower(), s.find("o", 5))
print(str.startswith(s, "wo", 6), str.split("a-b-c", "-"), str.split("a b  c", sep=" "))
print(MyStr("subclass").startswith("sub"), str.upper(MyStr("mine")))
d = {"a": 1}
print(d.get("a"), d.get("z", 0), dict.get(d, "a"), dict.setdefault(d, "b", 2), sorted(d.items()))
items = [3, 1, 2]
items.append(4)
list.append(items, 5)
ml = MyList()
ml.append(1)
list.append(ml, 2)
print(items, ml, list.__len__(items))
for call in (lambda: str.upper(5), lambda: str.split(sep=" "), lambda: list.append(5, 1), lambda: dict.get({}, ),
             lambda: str.startswith(b"x", "y"), lambda: "abc".startswith(1)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

depth = 0


def deep(n):
    global depth
    depth = n
    return "".join(str.upper(c) for c in "ab") + str.lower(deep(n + 1))


old = sys.getrecursionlimit()
sys.setrecursionlimit(200)
try:
    deep(0)
except RecursionError as e:
    print("RecursionError:", e, depth < 200)
sys.setrecursionlimit(old)
words = "the quick brown fox".split()
print(sorted(words, key=str.upper), max(words, key=len), list(map(str.title, words)))
