# __get__ of functions, classmethods and staticmethods called by hand (what partialmethod and singledispatchmethod
# do), and a class whose __module__ is 'builtins' or not a str keeps its special methods.
def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


class C:
    def method(self, x):
        return ("method", type(self).__name__, x)

    @classmethod
    def cm(cls, x):
        return ("cm", cls.__name__, x)

    @staticmethod
    def sm(x):
        return ("sm", x)


class D(C):
    pass


def free(self, x):
    return ("free", type(self).__name__, x)


c = D()
print(free.__get__(c, D)(1), free.__get__(c)(2), free.__get__(None, D) is free)
print(type(free.__get__(c)).__name__, free.__get__(c).__self__ is c, free.__get__(c).__func__ is free)
cm = C.__dict__["cm"]
print(cm.__get__(None, D)(3), cm.__get__(c)(4), cm.__get__(c, C)(5))
sm = C.__dict__["sm"]
print(sm.__get__(None, C)(6), sm.__get__(c)(7), sm.__get__(c) is sm.__func__)
print(hasattr(free, "__get__"), hasattr(cm, "__get__"), hasattr(sm, "__get__"))
attempt("None None", lambda: free.__get__(None, None))
attempt("no args", lambda: free.__get__())
attempt("three", lambda: free.__get__(1, 2, 3))
print(cm.__func__.__name__, sm.__func__.__name__, cm.__wrapped__ is cm.__func__)


class Sized:
    def __init__(self, items):
        self.items = items

    def __len__(self):
        return len(self.items)

    def __iter__(self):
        return iter(self.items)

    def __getitem__(self, i):
        return self.items[i]

    def __repr__(self):
        return "Sized(%r)" % (self.items,)

    def __eq__(self, other):
        return isinstance(other, Sized) and self.items == other.items

    def __hash__(self):
        return hash(tuple(self.items))

    def __add__(self, other):
        return Sized(self.items + other.items)

    def __neg__(self):
        return Sized(self.items[::-1])

    def __call__(self, n):
        return self.items[:n]


for module in ("builtins", 5, "elsewhere"):
    Sized.__module__ = module
    s = Sized([1, 2, 3])
    print(repr(module), len(s), list(s), s[1], repr(s), s == Sized([1, 2, 3]), hash(s) == hash((1, 2, 3)),
          s + Sized([4]), -s, s(2), str(Sized).replace("__main__.", ""))
