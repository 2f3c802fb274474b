# Multiple inheritance mixing Python classes with a builtin base: MRO, cooperative super(), __slots__.

class ReprMixin:
    def __repr__(self):
        return f"{type(self).__name__}({super().__repr__()})"


class ObservableMixin:
    def _notify(self, what, *args):
        log = getattr(self, "log", None)
        if log is not None:
            log.append((what,) + args)


class ObservableList(ReprMixin, ObservableMixin, list):
    def __init__(self, *args):
        super().__init__(*args)
        self.log = []

    def append(self, item):
        self._notify("append", item)
        super().append(item)

    def __setitem__(self, index, value):
        self._notify("set", index, value)
        super().__setitem__(index, value)

    def __delitem__(self, index):
        self._notify("del", index)
        super().__delitem__(index)


ol = ObservableList([3, 1, 2])
ol.append(10)
ol[0] = 30
del ol[1]
ol.sort()
print(ol, ol.log)
print([c.__name__ for c in ObservableList.__mro__])
print(isinstance(ol, list), isinstance(ol, ReprMixin), issubclass(ObservableList, ObservableMixin))
print(len(ol), ol[-1], ol[:2], 10 in ol, ol.index(30), list(reversed(ol)))


class Frozen(ReprMixin, frozenset):
    __slots__ = ()

    def with_item(self, item):
        return type(self)(self | {item})


f = Frozen([3, 1])
g = f.with_item(2)
print(f, g, type(g).__name__, hash(f) == hash(frozenset({1, 3})), g > f, f <= g)
try:
    f.extra = 1
except AttributeError as e:
    print("AttributeError:", e)


class CaseInsensitiveDict(dict):
    @staticmethod
    def _k(key):
        return key.casefold() if isinstance(key, str) else key

    def __setitem__(self, key, value):
        super().__setitem__(self._k(key), value)

    def __getitem__(self, key):
        return super().__getitem__(self._k(key))

    def __contains__(self, key):
        return super().__contains__(self._k(key))

    def __delitem__(self, key):
        super().__delitem__(self._k(key))

    def get(self, key, default=None):
        return super().get(self._k(key), default)


class Headers(ReprMixin, CaseInsensitiveDict):
    pass


h = Headers()
h["Content-Type"] = "text/plain"
h["X-COUNT"] = 3
print(h, h["content-type"], "x-count" in h, h.get("X-Count"), h.get("missing", "-"))
del h["CONTENT-TYPE"]
print(h, len(h), [c.__name__ for c in Headers.__mro__][:3])


class Base(int):
    def describe(self):
        return f"{type(self).__name__} {int(self)}"


class Even(Base):
    def __new__(cls, v):
        return super().__new__(cls, v - v % 2)


class Small(Base):
    def __new__(cls, v):
        return super().__new__(cls, min(v, 9))


class SmallEven(Even, Small):
    pass


for cls in (Even, Small, SmallEven):
    print(cls.__name__, [cls(v) for v in (3, 12, 15)], cls(15).describe())
