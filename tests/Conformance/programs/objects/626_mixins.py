# Mixins: small classes that add one behaviour each (repr, comparison, serialization, equality), combined in
# different orders, with methods that rely on what the concrete class provides.


class ReprMixin:
    def __repr__(self):
        return "%s(%s)" % (type(self).__name__, ", ".join("%s=%r" % (f, getattr(self, f)) for f in self.fields))


class EqMixin:
    def __eq__(self, other):
        return type(self) is type(other) and all(getattr(self, f) == getattr(other, f) for f in self.fields)

    def __hash__(self):
        return hash(tuple(getattr(self, f) for f in self.fields))


class OrderMixin:
    def _key(self):
        return tuple(getattr(self, f) for f in self.fields)

    def __lt__(self, other):
        return self._key() < other._key()

    def __le__(self, other):
        return self._key() <= other._key()


class DictMixin:
    def to_dict(self):
        return {f: getattr(self, f) for f in self.fields}

    @classmethod
    def from_dict(cls, d):
        return cls(*(d[f] for f in cls.fields))


class Version(ReprMixin, EqMixin, OrderMixin, DictMixin):
    fields = ("major", "minor", "patch")

    def __init__(self, major, minor=0, patch=0):
        self.major, self.minor, self.patch = major, minor, patch


class Person(DictMixin, ReprMixin, EqMixin):
    fields = ("name", "age")

    def __init__(self, name, age):
        self.name, self.age = name, age


vs = [Version(1, 2, 3), Version(1, 10), Version(0, 9, 9), Version(1, 2, 3), Version(2)]
print(sorted(vs), max(vs), min(vs))
print(vs[0] == vs[3], vs[0] is vs[3], len(set(vs)), vs[1] <= vs[4], vs[4] < vs[2])
print(vs[0].to_dict(), Version.from_dict({"major": 3, "minor": 1, "patch": 4}))
p = Person("ann", 31)
print(p, p.to_dict(), Person.from_dict(p.to_dict()) == p, p == Version(1))
try:
    p < Person("bob", 2)
except TypeError as e:
    print("TypeError:", e)
print([c.__name__ for c in Version.__mro__], [c.__name__ for c in Person.__mro__])
