# collections' ChainMap, UserDict and UserList (written in Python over the C# _collections), and that the rest of
# collections and collections.abc are unchanged by the split.
import collections
from collections import ChainMap, UserDict, UserList, Counter, OrderedDict, deque, defaultdict, namedtuple
import collections.abc
from collections.abc import MutableMapping, Sequence


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


defaults = {"color": "red", "user": "guest"}
env = {"user": "admin"}
cli = {}
cm = ChainMap(cli, env, defaults)
print(cm["user"], cm["color"], len(cm), list(cm), sorted(cm.items()), "color" in cm, cm.get("x", 0))
cm["mode"] = "fast"
print(cli, repr(cm))
child = cm.new_child({"user": "root"})
print(child["user"], child.parents["user"], child.maps[0], len(child.maps), bool(ChainMap()), bool(cm))
attempt("del missing", lambda: cm.__delitem__("color"))
attempt("pop missing", lambda: cm.pop("color"))
print(cm.pop("mode"), cli, ChainMap.fromkeys("ab", 1), (cm | {"z": 1})["z"], ({"q": 2} | cm)["q"])
print(isinstance(cm, MutableMapping), cm.copy().maps[0] is not cli, dict(cm) == {"user": "admin", "color": "red"})
attempt("missing", lambda: cm["nope"])


class Lower(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)


class WithMissing(UserDict):
    def __missing__(self, key):
        return "default-" + key


d = Lower({"A": 1}, B=2)
d["C"] = 3
d.update({"D": 4})
print(d, d.data, len(d), "a" in d, d.get("z", 9), sorted(d), isinstance(d, MutableMapping), d.pop("a"), d)
print(WithMissing()["k"], Lower.fromkeys(["X", "Y"], 0), d | {"e": 5}, {"f": 6} | d, type(d.copy()).__name__)
d |= {"G": 7}
print(d, d == {"b": 2, "c": 3, "d": 4, "g": 7}, d.setdefault("h", 8), d.popitem())
attempt("missing", lambda: Lower()["x"])


class Stack(UserList):
    def push(self, x):
        self.append(x)


s = Stack([1, 2, 3])
s.push(4)
print(s, s.data, len(s), s[1], s[1:3], type(s[1:3]).__name__, s + [5], [0] + s, s * 2, 3 in s, s == [1, 2, 3, 4])
s.extend(Stack([9]))
s.sort(reverse=True)
print(s, s.pop(), s.index(3), s.count(2), list(reversed(s)), s < [5], isinstance(s, Sequence), sorted(Stack([3, 1, 2])))
s += (7, 8)
s *= 2
del s[0]
s.insert(0, 100)
s.remove(7)
print(s, s.copy(), type(s.copy()).__name__, UserList(), UserList(s) == s)

print(Counter("abracadabra").most_common(2), OrderedDict(a=1), deque([1, 2], maxlen=2), defaultdict(int)["x"])
P = namedtuple("P", "x y")
print(P(1, 2), P.__module__, namedtuple.__module__, Counter.__module__, collections.abc.Mapping.__module__)
print(sorted(collections.__all__), collections.abc is collections.abc)
attempt("UserString", lambda: collections.UserString)


class Shout(collections.UserString):
    def shout(self):
        return self.upper() + "!"


u = Shout("hello world")
print(u.shout(), type(u.shout()).__name__, u[0:5], type(u[0]).__name__, len(u), "world" in u, u + "x", "x" + u,
      u * 2, u.split(), u.replace("l", "L", 2), u.title(), u.find("o"), u.count(Shout("l")), u == "hello world",
      u < "z", hash(u) == hash("hello world"), Shout("%s-%d") % ("a", 1), u.center(15, "*"), u.zfill(13),
      u.startswith("he"), u.strip("hd"), repr(u), str(u), int(Shout("42")) + 1, u.partition(" "), sorted(Shout("cab")))
